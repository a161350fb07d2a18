package dev.pyprep.grading.judge;

import dev.pyprep.grading.Verdict;
import dev.pyprep.question.TestVisibility;

/** One test's verdict as the grader decided it. {@code actual} is JSON (or the printed text for programs). */
public record TestOutcome(Long testCaseId, int ordinal, TestVisibility visibility, Verdict verdict, int timeMs,
                          String actual, String stdout, String stderr, CodeError error) {

    /** An exception in the candidate's code: type, message, line in their file (null when unknown). */
    public record CodeError(String type, String message, Integer line) {
    }
}
