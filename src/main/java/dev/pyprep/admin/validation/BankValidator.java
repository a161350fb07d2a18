package dev.pyprep.admin.validation;

import dev.pyprep.question.folder.CoverageTable;
import dev.pyprep.question.folder.QuestionDefinition;
import dev.pyprep.question.folder.QuestionFileException;
import dev.pyprep.question.folder.QuestionFolder;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Validates a whole question folder: every file parsed and proven in the sandbox ({@link QuestionValidator}), several
 * at a time. Prints a line per file as it finishes, then {@link BankSummary}. Correctness failures fail the bank;
 * house rules (test counts, editorials, coverage) are warnings.
 */
public class BankValidator {

    private final QuestionValidator validator;
    private final HouseRules rules;
    private final PrintStream out;
    private final int parallelism;

    public BankValidator(QuestionValidator validator, HouseRules rules, PrintStream out, int parallelism) {
        this.validator = validator;
        this.rules = rules;
        this.out = out;
        this.parallelism = Math.max(1, parallelism);
    }

    /** Returns true when nothing failed (warnings allowed). */
    public boolean validate(QuestionFolder folder) throws InterruptedException {
        out.printf("Validating %d question files in %s, %d at a time (each is run in the sandbox)%n",
                folder.files().size(), folder.name(), parallelism);
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        List<Validation> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<Validation>> futures = new ArrayList<>();
            for (QuestionFolder.File file : folder.files()) {
                futures.add(pool.submit(() -> report(done, folder.files().size(), check(folder, file))));
            }
            for (Future<Validation> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("validation crashed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> bankProblems = new ArrayList<>();
        if (folder.topicsProblem() != null) {
            bankProblems.add(folder.topicsProblem());
        }
        List<QuestionDefinition> defs = results.stream().map(Validation::definition).filter(d -> d != null).toList();
        List<String> coverage = rules.minPerTopic() > 0 ? CoverageTable.of(defs, folder.topics()).problems(rules.minPerTopic())
                : List.of();
        BankSummary summary = new BankSummary(results, bankProblems, coverage, (System.nanoTime() - start) / 1_000_000);
        summary.print(out);
        return summary.ok();
    }

    private Validation check(QuestionFolder folder, QuestionFolder.File file) {
        QuestionDefinition def;
        try {
            def = folder.parse(file);
        } catch (QuestionFileException e) {
            return Validation.unparsable(file.path(), e.describe());
        }
        try {
            return validator.validate(file.path(), def);
        } catch (RuntimeException e) {
            return new Validation(file.path(), def, List.of("could not be run: " + e.getMessage()), List.of(), null,
                    List.of(), null, 0);
        }
    }

    private Validation report(AtomicInteger done, int total, Validation v) {
        String detail;
        if (!v.ok()) {
            detail = String.join("; ", v.failures());
        } else if (v.reference() != null) {
            detail = "reference accepted on %d tests, %d/%d wrong solutions rejected".formatted(v.reference().tests().size(),
                    v.wrongRuns().stream().filter(Validation.WrongRun::rejected).count(), v.wrongRuns().size());
        } else {
            detail = v.definition().kind().slug() + (v.prediction() != null ? ", output confirmed" : "");
        }
        if (!v.warnings().isEmpty()) {
            detail += "  [warning: " + String.join("; ", v.warnings()) + "]";
        }
        synchronized (out) {
            out.printf("[%4d/%d] %-6s %s  %s (%.1fs)%n", done.incrementAndGet(), total, v.ok() ? "ok" : "FAILED", v.path(),
                    detail, v.millis() / 1000.0);
            out.flush();
        }
        return v;
    }
}
