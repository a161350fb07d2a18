package dev.pyprep.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One question on one candidate's review schedule. The rules:
 * <ul>
 *   <li>a failure (rejected submission, wrong answer, "not yet" or "partly", "show solution") puts it at step 0,
 *       due after the first interval, whatever step it was at (graduated items come back too);</li>
 *   <li>a success on a due item moves it one step and makes it due after that step's interval;</li>
 *   <li>a success before it is due changes nothing but the last result: practising early is not a spaced recall;</li>
 *   <li>a success on a due item at the last step graduates it: no longer scheduled ({@code dueAt} null).</li>
 * </ul>
 * A success on a question that was never scheduled does not schedule it (see {@link ReviewSchedule}).
 */
@Entity
@Table(name = "review_schedule")
class ReviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "question_id")
    private long questionId;

    private int step;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_result")
    private ReviewResult lastResult;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ReviewItem() {
    }

    /** A question entering the schedule after a failure. */
    static ReviewItem failed(long accountId, long questionId, ReviewResult result, Instant now, ReviewSettings settings) {
        ReviewItem item = new ReviewItem();
        item.accountId = accountId;
        item.questionId = questionId;
        item.record(result, now, settings);
        return item;
    }

    void record(ReviewResult result, Instant now, ReviewSettings settings) {
        if (result.success()) {
            succeed(now, settings);
        } else {
            step = 0;
            dueAt = now.plus(settings.interval(0));
        }
        lastResult = result;
        updatedAt = now;
    }

    private void succeed(Instant now, ReviewSettings settings) {
        if (graduated() || !dueBy(now)) {
            return;
        }
        if (step >= settings.lastStep()) {
            dueAt = null;
        } else {
            step++;
            dueAt = now.plus(settings.interval(step));
        }
    }

    boolean dueBy(Instant now) {
        return dueAt != null && !dueAt.isAfter(now);
    }

    boolean graduated() {
        return dueAt == null;
    }

    long getAccountId() { return accountId; }
    long getQuestionId() { return questionId; }
    int getStep() { return step; }
    Instant getDueAt() { return dueAt; }
    ReviewResult getLastResult() { return lastResult; }
    Instant getUpdatedAt() { return updatedAt; }
}
