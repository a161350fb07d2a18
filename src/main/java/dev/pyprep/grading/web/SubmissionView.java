package dev.pyprep.grading.web;

import dev.pyprep.grading.Purpose;
import dev.pyprep.grading.SubmissionStatus;
import dev.pyprep.grading.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * A submission as its author sees it. Hidden tests appear only as a verdict: never their name, input, expected
 * value, output, error message or time (a time is something the code can choose, and so a channel out).
 */
record SubmissionView(long id, Purpose purpose, SubmissionStatus status, Verdict verdict, Integer score, String message,
                      Long queuePosition, Instant createdAt, Instant gradedAt, List<TestView> tests) {

    record TestView(int ordinal, String visibility, String name, Verdict verdict, Integer timeMs, String input,
                    String expected, String actual, String stdout, String stderr, ErrorView error) {
    }

    record ErrorView(String type, String message, Integer line) {
    }
}
