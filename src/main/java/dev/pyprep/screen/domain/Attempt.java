package dev.pyprep.screen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One invite's one go at a screen. The deadline is fixed on the server when it starts (start + limit + extra minutes)
 * and moves only when a recruiter adds time. After the deadline or the final submit nothing more is accepted.
 */
@Entity
@Table(name = "screen_attempts")
public class Attempt {

    public enum ClosedBy { CANDIDATE, DEADLINE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invite_id")
    private long inviteId;

    @Column(name = "screen_id")
    private long screenId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "question_order")
    private String questionOrder;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_by")
    private ClosedBy closedBy;

    private BigDecimal score;

    @Column(name = "max_score")
    private int maxScore;

    private Boolean passed;

    protected Attempt() {
    }

    private Attempt(long inviteId, long screenId, Long accountId, List<Long> order, int maxScore) {
        this.inviteId = inviteId;
        this.screenId = screenId;
        this.accountId = accountId;
        this.questionOrder = String.join(",", order.stream().map(String::valueOf).toList());
        this.maxScore = maxScore;
    }

    /** Starts the clock: the deadline is now + the limit + the invite's extra minutes. */
    public static Attempt start(Invite invite, Screen screen, Long accountId, List<Long> order, Clock clock) {
        invite.started(clock);
        Attempt attempt = new Attempt(invite.getId(), screen.getId(), accountId, order, screen.maxScore());
        attempt.startedAt = clock.instant();
        attempt.deadlineAt = attempt.startedAt.plus(Duration.ofMinutes(screen.getTimeLimitMinutes() + invite.getExtraMinutes()));
        return attempt;
    }

    public boolean open(Clock clock) {
        return submittedAt == null && clock.instant().isBefore(deadlineAt);
    }

    public boolean overdue(Clock clock) {
        return submittedAt == null && !clock.instant().isBefore(deadlineAt);
    }

    /** Throws unless the candidate may still change answers now. */
    public void requireOpen(Clock clock) {
        if (!open(clock)) {
            throw new DeadlinePassedException();
        }
    }

    public void submit(Clock clock) {
        requireOpen(clock);
        submittedAt = clock.instant();
        closedBy = ClosedBy.CANDIDATE;
    }

    /** Closes an attempt whose deadline has passed; it counts as submitted at the deadline. */
    public void closeAtDeadline(Clock clock) {
        if (!overdue(clock)) {
            throw new IllegalStateException("attempt " + id + " is not overdue");
        }
        submittedAt = deadlineAt;
        closedBy = ClosedBy.DEADLINE;
    }

    public void extend(int minutes) {
        if (submittedAt != null) {
            throw new ScreenStateException("This screen has already been submitted.");
        }
        deadlineAt = deadlineAt.plus(Duration.ofMinutes(minutes));
    }

    public void scored(BigDecimal score, int passMark) {
        this.score = score;
        this.passed = maxScore > 0 && score.doubleValue() * 100 >= passMark * (double) maxScore;
    }

    public long remainingSeconds(Clock clock) {
        return Math.max(0, Duration.between(clock.instant(), deadlineAt).toSeconds());
    }

    public Duration timeUsed() {
        return startedAt == null ? Duration.ZERO : Duration.between(startedAt, submittedAt == null ? deadlineAt : submittedAt);
    }

    public List<Long> order() {
        return Arrays.stream(questionOrder.split(",")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    public boolean closed() {
        return submittedAt != null;
    }

    public Long getId() { return id; }
    public long getInviteId() { return inviteId; }
    public long getScreenId() { return screenId; }
    public Long getAccountId() { return accountId; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDeadlineAt() { return deadlineAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public ClosedBy getClosedBy() { return closedBy; }
    public BigDecimal getScore() { return score; }
    public int getMaxScore() { return maxScore; }
    public Boolean getPassed() { return passed; }
}
