package dev.pyprep.bank;

import dev.pyprep.grading.GradeOutcome;
import dev.pyprep.grading.Grader;
import dev.pyprep.grading.GradingJob;
import dev.pyprep.grading.TestOutcome;
import dev.pyprep.grading.TestResult;
import dev.pyprep.grading.Verdict;
import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.bank.CodingDefinition;
import dev.pyprep.question.bank.QuestionDefinition;
import dev.pyprep.question.bank.QuestionFileException;
import dev.pyprep.question.bank.QuestionFileParser;
import dev.pyprep.question.bank.QuestionFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves the bank by running it: every reference solution is ACCEPTED on all its tests in the real sandbox, every
 * wrong solution is rejected, every predict-the-output answer is what the snippet really prints, every multiple-choice
 * question has exactly one key, and the bank's coverage rules hold. Prints progress and a summary; names each failure.
 */
class BankValidator {

    static final int MIN_SAMPLES = 3;
    static final int MIN_HIDDEN = 10;
    static final int MIN_PER_TOPIC = 3;

    private record Outcome(String path, QuestionDefinition def, List<String> problems, int tests, int wrongRejected,
                           int wrongTotal, long millis) {
    }

    private final Grader grader;
    private final JsonMapper json;
    private final PrintStream out;

    BankValidator(Grader grader, JsonMapper json, PrintStream out) {
        this.grader = grader;
        this.json = json;
        this.out = out;
    }

    boolean validate(Path dir) throws IOException, InterruptedException {
        Map<String, String> topics = QuestionFiles.topics(dir);
        QuestionFileParser parser = new QuestionFileParser(topics.keySet());
        List<Path> files = QuestionFiles.list(dir);
        out.printf("Validating %d question files in %s (each is run in the sandbox)%n", files.size(), dir);
        AtomicInteger done = new AtomicInteger();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                String path = QuestionFiles.display(dir, file);
                String owner = slugs.putIfAbsent(QuestionFiles.slug(file), path);
                futures.add(pool.submit(() -> report(done, files.size(),
                        owner != null ? new Outcome(path, null, List.of("slug already used by " + owner), 0, 0, 0, 0)
                                : check(parser, file, path))));
            }
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return summarise(outcomes, topics);
    }

    private Outcome report(AtomicInteger done, int total, Outcome o) {
        synchronized (out) {
            String detail = o.def() != null && o.def().kind() == QuestionKind.CODING && o.problems().isEmpty()
                    ? "reference accepted on %d tests, %d/%d wrong solutions rejected".formatted(o.tests(), o.wrongRejected(), o.wrongTotal())
                    : o.def() != null ? o.def().kind().slug() : "";
            out.printf("[%4d/%d] %-6s %s  %s (%.1fs)%n", done.incrementAndGet(), total, o.problems().isEmpty() ? "ok" : "FAILED",
                    o.path(), o.problems().isEmpty() ? detail : String.join("; ", o.problems()), o.millis() / 1000.0);
            out.flush();
        }
        return o;
    }

    private Outcome check(QuestionFileParser parser, Path file, String path) {
        long start = System.nanoTime();
        QuestionDefinition def;
        try {
            def = parser.parse(QuestionFiles.slug(file), QuestionFiles.utf8(Files.readAllBytes(file)));
        } catch (QuestionFileException | IOException e) {
            return new Outcome(path, null, List.of(e.getMessage()), 0, 0, 0, 0);
        }
        List<String> problems = new ArrayList<>();
        int tests = 0, rejected = 0, wrongs = 0;
        try {
            if (def.kind() == QuestionKind.CODING) {
                CodingDefinition c = def.coding();
                long samples = c.tests().stream().filter(CodingDefinition.Test::sample).count();
                long hidden = c.tests().size() - samples;
                tests = c.tests().size();
                wrongs = c.wrongSolutions().size();
                if (samples < MIN_SAMPLES) problems.add("needs at least " + MIN_SAMPLES + " sample tests (has " + samples + ")");
                if (hidden < MIN_HIDDEN) problems.add("needs at least " + MIN_HIDDEN + " hidden tests (has " + hidden + ")");
                if (wrongs == 0) problems.add("needs at least one wrong solution");
                GradeOutcome reference = grader.grade(job(c, c.solution()));
                if (reference.verdict() != Verdict.ACCEPTED) {
                    problems.add("reference solution: " + describe(reference, c));
                }
                for (CodingDefinition.Wrong wrong : c.wrongSolutions()) {
                    if (grader.grade(job(c, wrong.code())).verdict() == Verdict.ACCEPTED) {
                        problems.add("wrong solution '" + wrong.label() + "' is ACCEPTED: the tests do not catch it");
                    } else {
                        rejected++;
                    }
                }
            } else if (def.kind() == QuestionKind.PREDICT_OUTPUT) {
                String expected = (String) def.details().get("expected_output");
                var test = new GradingJob.Test(null, 1, TestResult.Visibility.SAMPLE, 1,
                        json.createObjectNode().put("stdin", ""), json.getNodeFactory().stringNode(expected));
                GradeOutcome run = grader.grade(new GradingJob(CodingMode.STDIN, "main", (String) def.details().get("snippet"),
                        null, Comparator.TEXT_TRAILING, 0, 5000, 256, List.of(test)));
                if (run.verdict() != Verdict.ACCEPTED) {
                    TestOutcome t = run.tests().isEmpty() ? null : run.tests().getFirst();
                    problems.add("the snippet does not print expected_output: " + run.verdict()
                            + (t == null ? " " + run.message() : t.actual() != null ? "; it prints:\n" + t.actual()
                            : t.error() != null ? " " + t.error().type() + ": " + t.error().message() : ""));
                }
            }
        } catch (RuntimeException e) {
            problems.add("could not be run: " + e.getMessage());
        }
        return new Outcome(path, def, problems, tests, rejected, wrongs, (System.nanoTime() - start) / 1_000_000);
    }

    private GradingJob job(CodingDefinition c, String code) {
        List<GradingJob.Test> tests = new ArrayList<>();
        for (int i = 0; i < c.tests().size(); i++) {
            CodingDefinition.Test t = c.tests().get(i);
            tests.add(new GradingJob.Test(null, i + 1, t.sample() ? TestResult.Visibility.SAMPLE : TestResult.Visibility.HIDDEN,
                    t.weight(), json.valueToTree(t.input()), json.valueToTree(t.expected())));
        }
        return new GradingJob(c.mode(), c.entryPoint(), code, c.driver(), c.comparator(), c.tolerance(), c.timeLimitMs(),
                c.memoryMb(), tests);
    }

    private static String describe(GradeOutcome outcome, CodingDefinition c) {
        for (TestOutcome t : outcome.tests()) {
            if (!t.verdict().passed()) {
                CodingDefinition.Test test = c.tests().get(t.ordinal() - 1);
                String got = t.actual() != null ? "got " + abbreviate(t.actual())
                        : t.error() != null ? t.error().type() + ": " + abbreviate(t.error().message()) : "";
                return t.verdict() + " on test " + t.ordinal() + " (" + test.name() + ", " + t.timeMs() + " ms) " + got;
            }
        }
        return outcome.verdict() + ": " + outcome.message();
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private boolean summarise(List<Outcome> outcomes, Map<String, String> topics) {
        Map<QuestionKind, Integer> byKind = new EnumMap<>(QuestionKind.class);
        int challenges = 0, tests = 0, hidden = 0, wrongTotal = 0, wrongRejected = 0, predictions = 0;
        List<Outcome> failed = new ArrayList<>();
        List<QuestionDefinition> defs = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (!o.problems().isEmpty()) {
                failed.add(o);
            }
            if (o.def() == null) {
                continue;
            }
            defs.add(o.def());
            byKind.merge(o.def().kind(), 1, Integer::sum);
            if (o.def().kind() == QuestionKind.CODING) {
                challenges++;
                tests += o.tests();
                hidden += (int) o.def().coding().tests().stream().filter(t -> !t.sample()).count();
                wrongTotal += o.wrongTotal();
                wrongRejected += o.wrongRejected();
            } else if (o.def().kind() == QuestionKind.PREDICT_OUTPUT && o.problems().isEmpty()) {
                predictions++;
            }
        }
        List<String> coverageProblems = CoverageTable.of(defs, topics).problems(MIN_PER_TOPIC);
        out.println();
        out.println("Summary");
        out.printf("  coding challenges:          %d (reference solutions accepted: %d)%n", challenges,
                challenges - failed.stream().filter(o -> o.def() != null && o.def().kind() == QuestionKind.CODING).count());
        out.printf("  tests:                      %d (%d hidden)%n", tests, hidden);
        out.printf("  wrong solutions rejected:   %d of %d%n", wrongRejected, wrongTotal);
        out.printf("  predict-the-output checked: %d of %d%n", predictions, byKind.getOrDefault(QuestionKind.PREDICT_OUTPUT, 0));
        out.printf("  questions by kind:          %s%n", byKind);
        out.printf("  non-coding questions:       %d%n", defs.size() - challenges);
        coverageProblems.forEach(p -> out.println("  coverage: " + p));
        int failures = failed.size() + coverageProblems.size();
        out.printf("  failures:                   %d%n", failures);
        for (Outcome o : failed) {
            out.println("  FAILED " + o.path() + ": " + String.join("; ", o.problems()));
        }
        out.println(failures == 0 ? "Question bank: OK" : "Question bank: FAILED");
        return failures == 0;
    }
}
