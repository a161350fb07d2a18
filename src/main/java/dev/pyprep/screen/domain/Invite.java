package dev.pyprep.screen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;

/** One candidate's invitation to a screen: a hashed link secret, an expiry, extra minutes, and where it stands. */
@Entity
@Table(name = "screen_invites")
public class Invite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "screen_id")
    private long screenId;

    private String email;

    @Column(name = "token_hash")
    private byte[] tokenHash;

    @Enumerated(EnumType.STRING)
    private InviteStatus status;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "extra_minutes")
    private int extraMinutes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Invite() {
    }

    public Invite(long screenId, String email, InviteToken token, Instant expiresAt, Clock clock) {
        this.screenId = screenId;
        this.email = email;
        this.tokenHash = token.hash();
        this.status = InviteStatus.INVITED;
        this.expiresAt = expiresAt;
        this.createdAt = clock.instant();
    }

    /** Expiry counts only before the screen is started: a started attempt runs to its own deadline. */
    public boolean expireIfDue(Clock clock) {
        if (status.open() && !clock.instant().isBefore(expiresAt)) {
            status = InviteStatus.EXPIRED;
            return true;
        }
        return false;
    }

    public void opened() {
        if (status == InviteStatus.INVITED) {
            status = InviteStatus.OPENED;
        }
    }

    public void started(Clock clock) {
        expireIfDue(clock);
        if (!status.open()) {
            throw new ScreenStateException("This invite can no longer be started (" + status.name().toLowerCase() + ").");
        }
        status = InviteStatus.STARTED;
    }

    public void submitted() {
        if (status != InviteStatus.STARTED) {
            throw new IllegalStateException("only a started invite is submitted, not " + status);
        }
        status = InviteStatus.SUBMITTED;
    }

    /** A new link replaces the old one (whose hash is forgotten); the expiry moves on from now. */
    public void resend(InviteToken token, Instant newExpiry) {
        if (!(status.open() || status == InviteStatus.EXPIRED)) {
            throw new ScreenStateException("Only an invite that has not been started can be resent.");
        }
        this.tokenHash = token.hash();
        this.expiresAt = newExpiry;
        this.status = InviteStatus.INVITED;
    }

    /** A fresh link for the candidate's own mock interview, which they may reopen (its status does not change). */
    public void replaceLink(InviteToken token) {
        this.tokenHash = token.hash();
    }

    public void revoke() {
        if (status == InviteStatus.SUBMITTED || status == InviteStatus.REVOKED) {
            throw new ScreenStateException("A " + status.name().toLowerCase() + " invite cannot be revoked.");
        }
        status = InviteStatus.REVOKED;
    }

    public void addMinutes(int minutes) {
        if (minutes < 1 || minutes > 600) {
            throw new ScreenStateException("Extra time is between 1 and 600 minutes.");
        }
        if (status == InviteStatus.SUBMITTED || status == InviteStatus.REVOKED) {
            throw new ScreenStateException("This invite is " + status.name().toLowerCase() + ": extra time would not help.");
        }
        extraMinutes += minutes;
    }

    public void markSent(Clock clock) {
        sentAt = clock.instant();
    }

    public Long getId() { return id; }
    public long getScreenId() { return screenId; }
    public String getEmail() { return email; }
    public InviteStatus getStatus() { return status; }
    public Instant getExpiresAt() { return expiresAt; }
    public int getExtraMinutes() { return extraMinutes; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
