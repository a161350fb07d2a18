package dev.pyprep.grading.web;

import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.grading.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * A submission as its author sees it. Hidden tests appear only as a verdict and a time: never their name, input,
 * expected value, output or error message.
 */
record SubmissionView(long id, Purpose purpose, SubmissionStatus status, Verdict verdict, Integer score, String message,
                      Long queuePosition, Instant createdAt, Instant gradedAt, List<TestView> tests) {

    record TestView(int ordinal, String visibility, String name, Verdict verdict, int timeMs, String input,
                    String expected, String actual, String stdout, String stderr, ErrorView error) {
    }

    record ErrorView(String type, String message, Integer line) {
    }
}
