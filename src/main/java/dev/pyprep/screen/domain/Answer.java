package dev.pyprep.screen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/** The candidate's saved answer (or code) to one question of an attempt, its last coding submission, its points. */
@Entity
@Table(name = "screen_answers")
public class Answer {

    public static final int MAX_LENGTH = 64 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id")
    private long attemptId;

    @Column(name = "screen_question_id")
    private long screenQuestionId;

    private String answer;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "last_submission_id")
    private Long lastSubmissionId;

    @Column(name = "points_awarded")
    private BigDecimal pointsAwarded;

    @Column(name = "scored_by")
    private Long scoredBy;

    /** Saved code still to be graded as the final answer (grading refused it for now). */
    @Column(name = "grade_pending")
    private boolean gradePending;

    protected Answer() {
    }

    public Answer(long attemptId, long screenQuestionId) {
        this.attemptId = attemptId;
        this.screenQuestionId = screenQuestionId;
    }

    public void save(String text, Clock clock) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new ScreenStateException("Answers are limited to " + MAX_LENGTH / 1024 + " KB; this one was not saved.");
        }
        this.answer = text;
        this.savedAt = clock.instant();
    }

    public void submitted(long submissionId) {
        this.lastSubmissionId = submissionId;
        this.gradePending = false;
    }

    public void gradeLater() {
        this.gradePending = true;
    }

    public void award(BigDecimal points, Long scoredBy) {
        this.pointsAwarded = points;
        this.scoredBy = scoredBy;
    }

    public Long getId() { return id; }
    public long getAttemptId() { return attemptId; }
    public long getScreenQuestionId() { return screenQuestionId; }
    public String getAnswer() { return answer; }
    public Instant getSavedAt() { return savedAt; }
    public Long getLastSubmissionId() { return lastSubmissionId; }
    public BigDecimal getPointsAwarded() { return pointsAwarded; }
    public Long getScoredBy() { return scoredBy; }
    public boolean isGradePending() { return gradePending; }
}
