package dev.pyprep.admin.validation;

import dev.pyprep.question.QuestionContent;
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

    static final int PREDICTIONS_PER_SANDBOX = 16;

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
            List<Future<List<Validation>>> futures = new ArrayList<>();
            List<String> predictPaths = new ArrayList<>();
            List<QuestionDefinition> predictDefs = new ArrayList<>();
            for (QuestionFolder.File file : folder.files()) {
                QuestionDefinition def = parse(folder, file, results, done);
                if (def == null) {
                    continue;
                }
                if (def.content() instanceof QuestionContent.PredictOutput) {
                    // snippets are proven several to a sandbox: starting one costs more than running them
                    predictPaths.add(file.path());
                    predictDefs.add(def);
                    if (predictDefs.size() == PREDICTIONS_PER_SANDBOX) {
                        futures.add(submitPredictions(pool, done, folder, predictPaths, predictDefs));
                        predictPaths = new ArrayList<>();
                        predictDefs = new ArrayList<>();
                    }
                } else {
                    futures.add(pool.submit(() -> List.of(report(done, folder.files().size(), check(file, def)))));
                }
            }
            if (!predictDefs.isEmpty()) {
                futures.add(submitPredictions(pool, done, folder, predictPaths, predictDefs));
            }
            for (Future<List<Validation>> f : futures) {
                try {
                    results.addAll(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("validation crashed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        results.sort(java.util.Comparator.comparing(Validation::path));
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

    private QuestionDefinition parse(QuestionFolder folder, QuestionFolder.File file, List<Validation> results,
                                     AtomicInteger done) {
        try {
            return folder.parse(file);
        } catch (QuestionFileException e) {
            results.add(report(done, folder.files().size(), Validation.unparsable(file.path(), e.describe())));
            return null;
        }
    }

    private Future<List<Validation>> submitPredictions(ExecutorService pool, AtomicInteger done, QuestionFolder folder,
                                                       List<String> paths, List<QuestionDefinition> defs) {
        return pool.submit(() -> {
            List<Validation> batch;
            try {
                batch = validator.validatePredictions(paths, defs);
            } catch (RuntimeException e) {
                batch = new ArrayList<>();
                for (int i = 0; i < defs.size(); i++) {
                    batch.add(failed(paths.get(i), defs.get(i), e));
                }
            }
            batch.forEach(v -> report(done, folder.files().size(), v));
            return batch;
        });
    }

    private Validation check(QuestionFolder.File file, QuestionDefinition def) {
        try {
            return validator.validate(file.path(), def);
        } catch (RuntimeException e) {
            return failed(file.path(), def, e);
        }
    }

    private static Validation failed(String path, QuestionDefinition def, RuntimeException e) {
        return new Validation(path, def, List.of("could not be run: " + e.getMessage()), List.of(), null, List.of(), null, 0);
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
