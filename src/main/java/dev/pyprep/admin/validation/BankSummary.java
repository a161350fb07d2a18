package dev.pyprep.admin.validation;

import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionKind;
import dev.pyprep.question.folder.QuestionDefinition;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The counts of a bank validation, of what actually happened, and the list of failures and warnings. */
record BankSummary(List<Validation> results, List<String> bankProblems, List<String> coverageWarnings, long millis) {

    boolean ok() {
        return bankProblems.isEmpty() && results.stream().allMatch(Validation::ok);
    }

    void print(PrintStream out) {
        Map<QuestionKind, int[]> byKind = new EnumMap<>(QuestionKind.class); // [practice, screen-only]
        int challenges = 0, referencesAccepted = 0, tests = 0, hidden = 0, wrongTotal = 0, wrongRejected = 0,
                predictions = 0, predictionsConfirmed = 0, unparsable = 0, editorials = 0;
        for (Validation v : results) {
            QuestionDefinition def = v.definition();
            if (def == null) {
                unparsable++;
                continue;
            }
            byKind.computeIfAbsent(def.kind(), k -> new int[2])[def.screenOnly() ? 1 : 0]++;
            if (def.content() instanceof QuestionContent.Coding c) {
                challenges++;
                referencesAccepted += v.referenceAccepted() ? 1 : 0;
                tests += c.tests().size();
                hidden += (int) c.hidden();
                wrongTotal += v.wrongRuns().size();
                wrongRejected += (int) v.wrongRuns().stream().filter(Validation.WrongRun::rejected).count();
                editorials += c.editorial() != null ? 1 : 0;
            } else if (v.prediction() != null) {
                predictions++;
                predictionsConfirmed += v.prediction().confirmed() ? 1 : 0;
            }
        }
        List<Validation> failed = results.stream().filter(v -> !v.ok()).toList();
        List<Validation> warned = results.stream().filter(v -> !v.warnings().isEmpty()).toList();
        out.println();
        out.println("Summary");
        out.printf("  questions:                  %d files, %d parsed, %d unparsable%n", results.size(), results.size() - unparsable, unparsable);
        out.printf("  %-27s %8s %12s %6s%n", "by kind:", "practice", "screen-only", "all");
        for (QuestionKind kind : QuestionKind.values()) {
            int[] n = byKind.getOrDefault(kind, new int[2]);
            out.printf("    %-25s %8d %12d %6d%n", kind.slug(), n[0], n[1], n[0] + n[1]);
        }
        int practice = byKind.values().stream().mapToInt(n -> n[0]).sum();
        int screenOnly = byKind.values().stream().mapToInt(n -> n[1]).sum();
        out.printf("    %-25s %8d %12d %6d%n", "all", practice, screenOnly, practice + screenOnly);
        out.printf("  coding challenges:          %d (reference solutions accepted: %d of %d; editorials: %d)%n",
                challenges, referencesAccepted, challenges, editorials);
        out.printf("  tests:                      %d (%d hidden)%n", tests, hidden);
        out.printf("  wrong solutions rejected:   %d of %d%n", wrongRejected, wrongTotal);
        out.printf("  predict-the-output checked: %d of %d confirmed%n", predictionsConfirmed, predictions);
        out.printf("  time:                       %.1f s%n", millis / 1000.0);
        out.printf("  warnings (house rules):     %d questions, %d coverage%n", warned.size(), coverageWarnings.size());
        for (Validation v : warned) {
            out.println("  WARNING " + v.path() + ": " + String.join("; ", v.warnings()));
        }
        coverageWarnings.forEach(w -> out.println("  WARNING coverage: " + w));
        out.printf("  failures:                   %d%n", failed.size() + bankProblems.size());
        bankProblems.forEach(p -> out.println("  FAILED " + p));
        for (Validation v : failed) {
            out.println("  FAILED " + v.path() + ": " + String.join("; ", v.failures()));
        }
        out.println(ok() ? (warned.isEmpty() && coverageWarnings.isEmpty() ? "Question bank: OK" : "Question bank: OK (with warnings)")
                : "Question bank: FAILED");
    }
}
