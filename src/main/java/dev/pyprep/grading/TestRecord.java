package dev.pyprep.grading;

import dev.pyprep.question.TestVisibility;

/**
 * One test's stored result. Hidden tests' details are here for graders and recruiters; what a candidate is shown of
 * them is decided by the page that shows it.
 */
public record TestRecord(int ordinal, Long testCaseId, TestVisibility visibility, Verdict verdict, int timeMs,
                         String actual, String stdout, String stderr, String errorType, String errorMessage,
                         Integer errorLine) {
}
