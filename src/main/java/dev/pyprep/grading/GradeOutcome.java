package dev.pyprep.grading;

import java.util.List;

/** The whole result of grading one submission. */
public record GradeOutcome(Verdict verdict, int score, String message, List<TestOutcome> tests) {
}
