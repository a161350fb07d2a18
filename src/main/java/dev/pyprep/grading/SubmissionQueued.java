package dev.pyprep.grading;

/** A submission was stored and waits for a grader. */
public record SubmissionQueued(long submissionId) {
}
