package dev.pyprep.grading;

import java.time.Instant;

/** A submission as other features read it. {@code originRef} names the screen attempt for SCREEN submissions. */
public record SubmissionRecord(long id, Long accountId, long questionId, long questionVersionId, Purpose purpose,
                               Origin origin, Long originRef, String code, String customInput, SubmissionStatus status,
                               Verdict verdict, Integer score, String message, Instant createdAt, Instant gradedAt) {
}
