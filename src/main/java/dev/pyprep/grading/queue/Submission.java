package dev.pyprep.grading.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import dev.pyprep.grading.Origin;
import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionRecord;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.grading.Verdict;
import java.time.Instant;
import java.util.UUID;

/** Code a candidate asked us to run. Stored (QUEUED) before anything runs; claimed with a lease; graded once. */
@Entity
@Table(name = "submissions")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "question_id")
    private long questionId;

    @Column(name = "question_version_id")
    private long questionVersionId;

    @Enumerated(EnumType.STRING)
    private Origin origin;

    @Column(name = "origin_ref")
    private Long originRef;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String code;

    @Column(name = "custom_input")
    private String customInput;

    @Enumerated(EnumType.STRING)
    private SubmissionStatus status;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private Integer score;
    private String message;
    private int attempts;

    @Column(name = "graded_count")
    private int gradedCount;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_token")
    private UUID leaseToken;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(name = "sandbox_ms")
    private Integer sandboxMs;

    protected Submission() {
    }

    public Submission(Long accountId, long questionId, long questionVersionId, Purpose purpose, Origin origin,
                      Long originRef, String code, String customInput) {
        this.accountId = accountId;
        this.questionId = questionId;
        this.questionVersionId = questionVersionId;
        this.origin = origin;
        this.originRef = originRef;
        this.purpose = purpose;
        this.code = code;
        this.customInput = customInput;
        this.status = SubmissionStatus.QUEUED;
    }

    /** Records the outcome, if the caller still holds the lease it claimed. */
    void grade(UUID lease, Verdict verdict, int score, String message, int sandboxMs, Instant now) {
        if (status != SubmissionStatus.RUNNING || !lease.equals(leaseToken)) {
            throw new LeaseLostException(id);
        }
        this.status = SubmissionStatus.GRADED;
        this.verdict = verdict;
        this.score = score;
        this.message = message;
        this.gradedAt = now;
        this.sandboxMs = sandboxMs;
        this.gradedCount++;
        this.leaseOwner = null;
        this.leaseToken = null;
        this.leaseUntil = null;
    }

    public SubmissionRecord record() {
        return new SubmissionRecord(id, accountId, questionId, questionVersionId, purpose, origin, originRef, code,
                customInput, status, verdict, score, message, createdAt, gradedAt);
    }

    public Long getId() { return id; }
    public long getQuestionId() { return questionId; }
    public Origin getOrigin() { return origin; }
    public Long getOriginRef() { return originRef; }
    public Long getAccountId() { return accountId; }
    public long getQuestionVersionId() { return questionVersionId; }
    public Purpose getPurpose() { return purpose; }
    public String getCode() { return code; }
    public String getCustomInput() { return customInput; }
    public SubmissionStatus getStatus() { return status; }
    public Verdict getVerdict() { return verdict; }
    public Integer getScore() { return score; }
    public String getMessage() { return message; }
    public int getAttempts() { return attempts; }
    public int getGradedCount() { return gradedCount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getGradedAt() { return gradedAt; }
}
