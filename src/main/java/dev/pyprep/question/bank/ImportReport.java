package dev.pyprep.question.bank;

import java.time.Instant;
import java.util.List;

public record ImportReport(Instant finishedAt, int files, int added, int newVersions, int unchanged,
                           List<Problem> problems) {

    public record Problem(String path, String message) {
    }

    public String summary() {
        return "%d files: %d new, %d new versions, %d unchanged, %d rejected".formatted(
                files, added, newVersions, unchanged, problems.size());
    }
}
