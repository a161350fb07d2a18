package dev.pyprep.question;

import java.time.Instant;
import java.util.List;

/** What an import did: counts, and every file it rejected with the problem (and line, when known). */
public record ImportReport(Instant finishedAt, int files, int added, int newVersions, int unchanged, long millis,
                           List<Problem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public record Problem(String path, String message) {
    }

    public String summary() {
        return "%d files: %d new, %d new versions, %d unchanged, %d rejected (%d ms)".formatted(
                files, added, newVersions, unchanged, problems.size(), millis);
    }
}
