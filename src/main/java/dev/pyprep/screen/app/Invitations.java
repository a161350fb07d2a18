package dev.pyprep.screen.app;

import dev.pyprep.screen.domain.Attempt;
import dev.pyprep.screen.domain.Attempts;
import dev.pyprep.screen.domain.Invite;
import dev.pyprep.screen.domain.InviteToken;
import dev.pyprep.screen.domain.Invites;
import dev.pyprep.screen.domain.Screen;
import dev.pyprep.system.AuditableEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invites for a published screen: made all together or not at all, mailed after they are stored, resent with a new
 * link, revoked, and given extra time (which also moves a running attempt's deadline).
 */
@Service
public class Invitations {

    private final ScreenEditor editor;
    private final Invites invites;
    private final Attempts attempts;
    private final InviteMail mail;
    private final ScreenProperties settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    Invitations(ScreenEditor editor, Invites invites, Attempts attempts, InviteMail mail, ScreenProperties settings,
                ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.editor = editor;
        this.invites = invites;
        this.attempts = attempts;
        this.mail = mail;
        this.settings = settings;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public record Made(Screen screen, List<IssuedInvite> links) {
    }

    /** Stores one invite per address in one transaction, then mails each; returns the links (shown once). */
    public List<IssuedInvite> invite(Viewer viewer, long screenId, List<String> emails, int validDays, String baseUrl) {
        if (validDays < 1 || validDays > 90) {
            throw new dev.pyprep.system.UserError("Links are valid for 1 to 90 days.");
        }
        Made made = tx.execute(status -> {
            Screen screen = editor.get(viewer, screenId);
            screen.requireInvitable();
            Instant expires = clock.instant().plus(validDays, ChronoUnit.DAYS);
            List<IssuedInvite> links = new ArrayList<>();
            for (String email : emails) {
                InviteToken token = InviteToken.generate();
                Invite invite = invites.save(new Invite(screenId, email, token, expires, clock));
                links.add(new IssuedInvite(invite.getId(), email, link(baseUrl, token), false));
            }
            return new Made(screen, links);
        });
        return made.links().stream().map(l -> mailed(made.screen(), l)).toList();
    }

    public IssuedInvite resend(Viewer viewer, long inviteId, String baseUrl) {
        Made made = tx.execute(status -> {
            Invite invite = owned(viewer, inviteId);
            Screen screen = editor.get(viewer, invite.getScreenId());
            screen.requireInvitable();
            InviteToken token = InviteToken.generate();
            invite.resend(token, clock.instant().plus(settings.inviteValidity()));
            return new Made(screen, List.of(new IssuedInvite(inviteId, invite.getEmail(), link(baseUrl, token), false)));
        });
        return mailed(made.screen(), made.links().getFirst());
    }

    public long revoke(Viewer viewer, long inviteId) {
        return tx.execute(status -> {
            Invite invite = owned(viewer, inviteId);
            String before = invite.getStatus().name();
            invite.revoke();
            events.publishEvent(new AuditableEvent(viewer.accountId(), "screen.invite.revoked", "screen_invite",
                    String.valueOf(inviteId), before, "REVOKED", clock.instant()));
            return invite.getScreenId();
        });
    }

    /** Extra minutes for one invite: added to the deadline now if the attempt is running, else when it starts. */
    public long addTime(Viewer viewer, long inviteId, int minutes) {
        return tx.execute(status -> {
            Invite invite = owned(viewer, inviteId);
            int before = invite.getExtraMinutes();
            invite.addMinutes(minutes);
            attempts.findByInviteId(inviteId).filter(a -> !a.closed()).ifPresent(a -> {
                if (a.overdue(clock)) {
                    throw new dev.pyprep.system.UserError("This attempt's time is already over; it is being closed and graded.");
                }
                a.extend(minutes);
            });
            events.publishEvent(new AuditableEvent(viewer.accountId(), "screen.invite.time_extended", "screen_invite",
                    String.valueOf(inviteId), before + " extra minutes", invite.getExtraMinutes() + " extra minutes",
                    clock.instant()));
            return invite.getScreenId();
        });
    }

    /** An invite the viewer may manage (its screen is theirs, or they are an admin); others are a 404. */
    Invite owned(Viewer viewer, long inviteId) {
        Invite invite = invites.findById(inviteId).orElseThrow(() -> NotFound.of("invite"));
        editor.get(viewer, invite.getScreenId());
        return invite;
    }

    private IssuedInvite mailed(Screen screen, IssuedInvite link) {
        Invite invite = invites.findById(link.inviteId()).orElseThrow();
        boolean sent = mail.send(link.email(), screen.getTitle(), screen.getTimeLimitMinutes(), link.link(),
                DateTimeFormatter.ISO_INSTANT.format(invite.getExpiresAt().truncatedTo(ChronoUnit.MINUTES)));
        if (sent) {
            tx.executeWithoutResult(status -> invites.findById(link.inviteId()).orElseThrow().markSent(clock));
        }
        return new IssuedInvite(link.inviteId(), link.email(), link.link(), sent);
    }

    static String link(String baseUrl, InviteToken token) {
        return baseUrl + "/s/" + token.raw();
    }
}
