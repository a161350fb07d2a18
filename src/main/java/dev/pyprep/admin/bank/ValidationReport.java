package dev.pyprep.admin.bank;

import dev.pyprep.admin.validation.Validation;
import dev.pyprep.grading.judge.TestOutcome;
import dev.pyprep.question.QuestionContent;
import java.util.ArrayList;
import java.util.List;

/**
 * What validating one question showed, per test of the reference and per wrong solution, stored as JSON with its
 * job. {@code failures} are correctness (they block publishing); {@code warnings} are house rules.
 */
public record ValidationReport(boolean ok, List<String> failures, List<String> warnings, List<TestRow> reference,
                        List<WrongRow> wrongSolutions, Prediction prediction) {

    public record TestRow(int ordinal, String name, String visibility, String verdict, boolean passed, String detail) {
    }

    public record WrongRow(String label, String verdict, boolean rejected, String detail) {
    }

    public record Prediction(boolean confirmed, String verdict, String expected, String printed) {
    }

    static ValidationReport problem(String message) {
        return new ValidationReport(false, List.of(message), List.of(), List.of(), List.of(), null);
    }

    static ValidationReport of(Validation v) {
        List<TestRow> tests = new ArrayList<>();
        if (v.reference() != null && v.definition().content() instanceof QuestionContent.Coding c) {
            for (TestOutcome t : v.reference().tests()) {
                QuestionContent.Coding.Test test = t.ordinal() >= 1 && t.ordinal() <= c.tests().size() ? c.tests().get(t.ordinal() - 1) : null;
                String detail = t.verdict().passed() ? "" : t.error() != null ? t.error().type() + ": " + cut(t.error().message())
                        : t.actual() != null ? "got " + cut(t.actual()) : "";
                tests.add(new TestRow(t.ordinal(), test == null ? "" : test.name(), t.visibility().name(), t.verdict().name(),
                        t.verdict().passed(), detail));
            }
        }
        List<WrongRow> wrong = v.wrongRuns().stream()
                .map(w -> new WrongRow(w.label(), w.verdict().name(), w.rejected(), w.detail())).toList();
        Prediction prediction = null;
        if (v.prediction() != null && v.definition().content() instanceof QuestionContent.PredictOutput p) {
            prediction = new Prediction(v.prediction().confirmed(), v.prediction().verdict().name(), p.expectedOutput(),
                    v.prediction().printed());
        }
        return new ValidationReport(v.ok(), v.failures(), v.warnings(), tests, wrong, prediction);
    }

    public String summary() {
        return ok ? "validated" + (warnings.isEmpty() ? "" : " with " + warnings.size() + " warning(s)")
                : String.join("; ", failures);
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
