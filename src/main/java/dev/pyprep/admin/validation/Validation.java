package dev.pyprep.admin.validation;

import dev.pyprep.grading.Verdict;
import dev.pyprep.grading.judge.GradeOutcome;
import dev.pyprep.question.folder.QuestionDefinition;
import java.util.List;

/**
 * What validating one question proved. {@code failures} are correctness problems (the file does not parse, the
 * reference is not ACCEPTED, a wrong solution is ACCEPTED, the snippet does not print its expected output);
 * {@code warnings} are house rules. {@code definition} is null when the file did not parse.
 */
public record Validation(String path, QuestionDefinition definition, List<String> failures, List<String> warnings,
                         GradeOutcome reference, List<WrongRun> wrongRuns, PredictRun prediction, long millis) {

    public Validation {
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
        wrongRuns = List.copyOf(wrongRuns);
    }

    /** One wrong solution's run: rejected means not ACCEPTED. {@code detail} names the first test it failed. */
    public record WrongRun(String label, Verdict verdict, String detail) {
        public boolean rejected() {
            return verdict != Verdict.ACCEPTED;
        }
    }

    /** A predict-the-output snippet's run in the sandbox. */
    public record PredictRun(boolean confirmed, Verdict verdict, String printed, String detail) {
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    public boolean referenceAccepted() {
        return reference != null && reference.verdict() == Verdict.ACCEPTED;
    }

    static Validation unparsable(String path, String problem) {
        return new Validation(path, null, List.of(problem), List.of(), null, List.of(), null, 0);
    }
}
