package dev.pyprep.grading;

/** A submission has its final verdict. Other features (progress, screens) listen for this. */
public record SubmissionGraded(long submissionId, Long accountId, long questionId, long questionVersionId,
                               Purpose purpose, Origin origin, Long originRef, Verdict verdict, int score) {
}
