package dev.pyprep.grading.judge;

import dev.pyprep.grading.Verdict;
import java.util.List;

/**
 * The whole result of grading one submission. {@code sandboxMs} is the time the harness itself took inside the
 * container (input read to done), 0 when unknown: the rest of a verdict's latency is the platform's.
 */
public record GradeOutcome(Verdict verdict, int score, String message, List<TestOutcome> tests, int sandboxMs) {

    public GradeOutcome {
        tests = List.copyOf(tests);
    }

    public GradeOutcome(Verdict verdict, int score, String message, List<TestOutcome> tests) {
        this(verdict, score, message, tests, 0);
    }
}
