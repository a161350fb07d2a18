package dev.pyprep.grading;

/** A submission has its final verdict. Other features (progress, screens) listen for this. */
public record SubmissionGraded(long submissionId, long accountId, long questionVersionId, Purpose purpose,
                               Verdict verdict, int score) {
}
