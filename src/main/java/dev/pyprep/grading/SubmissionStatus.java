package dev.pyprep.grading;

public enum SubmissionStatus {
    QUEUED, RUNNING, GRADED
}
