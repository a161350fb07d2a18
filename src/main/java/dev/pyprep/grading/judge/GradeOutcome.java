package dev.pyprep.grading.judge;

import dev.pyprep.grading.Verdict;
import java.util.List;

/** The whole result of grading one submission. */
public record GradeOutcome(Verdict verdict, int score, String message, List<TestOutcome> tests) {

    public GradeOutcome {
        tests = List.copyOf(tests);
    }
}
