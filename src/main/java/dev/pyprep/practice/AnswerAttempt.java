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

@Entity
@Table(name = "answer_attempts")
public class AnswerAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "question_id")
    private long questionId;

    @Column(name = "question_version_id")
    private long questionVersionId;

    private String answer;

    /** null until known: a concept answer is judged by the candidate's rating instead. */
    private Boolean correct;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_rating")
    private SelfRating selfRating;

    @Column(name = "submission_id")
    private Long submissionId;

    /** "Show solution": an attempt that counts as not mastered and cannot be rated. */
    private boolean revealed;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected AnswerAttempt() {
    }

    AnswerAttempt(long accountId, long questionId, long questionVersionId, String answer, Boolean correct, Long submissionId,
                  Instant createdAt) {
        this.accountId = accountId;
        this.questionId = questionId;
        this.questionVersionId = questionVersionId;
        this.answer = answer;
        this.correct = correct;
        this.submissionId = submissionId;
        this.createdAt = createdAt;
    }

    static AnswerAttempt reveal(long accountId, long questionId, long questionVersionId, Instant at) {
        AnswerAttempt attempt = new AnswerAttempt(accountId, questionId, questionVersionId, "(solution shown)", false, null, at);
        attempt.revealed = true;
        return attempt;
    }

    void rate(SelfRating rating) {
        if (correct != null) {
            throw new IllegalStateException("only free-text answers are self-rated");
        }
        this.selfRating = rating;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public long getQuestionId() { return questionId; }
    public long getQuestionVersionId() { return questionVersionId; }
    public String getAnswer() { return answer; }
    public Boolean getCorrect() { return correct; }
    public SelfRating getSelfRating() { return selfRating; }
    public boolean isRevealed() { return revealed; }
    public Instant getCreatedAt() { return createdAt; }
}
