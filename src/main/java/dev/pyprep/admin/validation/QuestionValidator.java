package dev.pyprep.admin.validation;

import dev.pyprep.grading.Verdict;
import dev.pyprep.grading.judge.GradeOutcome;
import dev.pyprep.grading.judge.Grader;
import dev.pyprep.grading.judge.GradingJob;
import dev.pyprep.grading.judge.TestOutcome;
import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.TestVisibility;
import dev.pyprep.question.folder.QuestionDefinition;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Proves one question by running it in the real sandbox: the reference solution is ACCEPTED on every test, every
 * wrong solution is rejected, a predict-the-output snippet prints exactly its expected output. House rules are
 * checked too, as warnings.
 */
public class QuestionValidator {

    private final Grader grader;
    private final HouseRules rules;

    public QuestionValidator(Grader grader, HouseRules rules) {
        this.grader = grader;
        this.rules = rules;
    }

    public Validation validate(String path, QuestionDefinition def) {
        long start = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        GradeOutcome reference = null;
        List<Validation.WrongRun> wrongRuns = new ArrayList<>();
        Validation.PredictRun prediction = null;
        switch (def.content()) {
            case QuestionContent.Coding c -> {
                houseRules(c, warnings);
                // the reference and every wrong solution in one sandbox, one after the other
                List<GradingJob> jobs = new ArrayList<>();
                jobs.add(job(c, c.solution()));
                c.wrongSolutions().forEach(w -> jobs.add(job(c, w.code())));
                List<GradeOutcome> runs = grader.gradeBatch(jobs);
                reference = runs.getFirst();
                if (reference.verdict() != Verdict.ACCEPTED) {
                    failures.add("reference solution: " + firstFailure(reference, c));
                }
                for (int i = 0; i < c.wrongSolutions().size(); i++) {
                    QuestionContent.Coding.WrongSolution wrong = c.wrongSolutions().get(i);
                    GradeOutcome run = runs.get(i + 1);
                    Validation.WrongRun result = new Validation.WrongRun(wrong.label(), run.verdict(), firstFailure(run, c));
                    wrongRuns.add(result);
                    if (!result.rejected()) {
                        failures.add("wrong solution '" + wrong.label() + "' is ACCEPTED: the tests do not catch it");
                    }
                }
            }
            case QuestionContent.PredictOutput p -> {
                prediction = predictions(List.of(p)).getFirst();
                if (!prediction.confirmed()) {
                    failures.add("the snippet does not print expected_output: " + prediction.detail());
                }
            }
            case QuestionContent.Concept c -> { }
            case QuestionContent.MultipleChoice m -> { }
        }
        return new Validation(path, def, failures, warnings, reference, wrongRuns, prediction,
                (System.nanoTime() - start) / 1_000_000);
    }

    private void houseRules(QuestionContent.Coding c, List<String> warnings) {
        if (c.samples() < rules.minSamples()) {
            warnings.add("has " + c.samples() + " sample tests (house rule: at least " + rules.minSamples() + ")");
        }
        if (c.hidden() < rules.minHidden()) {
            warnings.add("has " + c.hidden() + " hidden tests (house rule: at least " + rules.minHidden() + ")");
        }
        if (c.wrongSolutions().size() < rules.minWrongSolutions()) {
            warnings.add("has " + c.wrongSolutions().size() + " wrong solutions (house rule: at least "
                    + rules.minWrongSolutions() + ")");
        }
        if (rules.editorial() && (c.editorial() == null || c.editorial().isBlank())) {
            warnings.add("has no editorial (house rule: every challenge explains its solution)");
        }
    }

    /**
     * Several predict-the-output questions proven in one sandbox: each snippet runs as its own program and must print
     * exactly its expected output. Returns one validation per question, in order.
     */
    public List<Validation> validatePredictions(List<String> paths, List<QuestionDefinition> defs) {
        long start = System.nanoTime();
        List<Validation.PredictRun> runs = predictions(defs.stream().map(d -> (QuestionContent.PredictOutput) d.content()).toList());
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Validation> result = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            Validation.PredictRun run = runs.get(i);
            result.add(new Validation(paths.get(i), defs.get(i),
                    run.confirmed() ? List.of() : List.of("the snippet does not print expected_output: " + run.detail()),
                    List.of(), null, List.of(), run, millis));
        }
        return result;
    }

    private List<Validation.PredictRun> predictions(List<QuestionContent.PredictOutput> snippets) {
        var nodes = JsonNodeFactory.instance;
        List<GradingJob> jobs = snippets.stream().map(p -> new GradingJob(CodingMode.STDIN, "main", p.snippet(), null,
                Comparator.TEXT_TRAILING, 0, 5000, 256, List.of(new GradingJob.Test(null, 1, TestVisibility.SAMPLE, 1,
                nodes.objectNode().put("stdin", ""), nodes.stringNode(p.expectedOutput()))))).toList();
        return grader.gradeBatch(jobs).stream().map(run -> {
            TestOutcome t = run.tests().isEmpty() ? null : run.tests().getFirst();
            String printed = t == null ? null : t.actual();
            String detail = run.verdict() == Verdict.ACCEPTED ? "" : run.verdict()
                    + (t == null ? " " + run.message() : printed != null ? "; it prints:\n" + printed
                    : t.error() != null ? " " + t.error().type() + ": " + t.error().message() : "");
            return new Validation.PredictRun(run.verdict() == Verdict.ACCEPTED, run.verdict(), printed, detail);
        }).toList();
    }

    static GradingJob job(QuestionContent.Coding c, String code) {
        List<GradingJob.Test> tests = new ArrayList<>();
        for (int i = 0; i < c.tests().size(); i++) {
            QuestionContent.Coding.Test t = c.tests().get(i);
            tests.add(new GradingJob.Test(null, i + 1, t.visibility(), t.weight(), t.input(), t.expected()));
        }
        return new GradingJob(c.mode(), c.entryPoint(), code, c.driver(), c.comparator(), c.tolerance(), c.timeLimitMs(),
                c.memoryMb(), tests);
    }

    private static String firstFailure(GradeOutcome outcome, QuestionContent.Coding c) {
        for (TestOutcome t : outcome.tests()) {
            if (!t.verdict().passed()) {
                QuestionContent.Coding.Test test = c.tests().get(t.ordinal() - 1);
                String got = t.actual() != null ? "got " + abbreviate(t.actual())
                        : t.error() != null ? t.error().type() + ": " + abbreviate(t.error().message()) : "";
                return t.verdict() + " on test " + t.ordinal() + " (" + test.name() + ") " + got;
            }
        }
        return outcome.verdict() == Verdict.ACCEPTED ? "" : outcome.verdict() + ": " + outcome.message();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
