package dev.pyprep.question.store;

import dev.pyprep.question.ImportReport;
import dev.pyprep.question.QuestionBank;
import dev.pyprep.question.QuestionBankChanged;
import dev.pyprep.question.QuestionBankSettings;
import dev.pyprep.question.folder.QuestionDefinition;
import dev.pyprep.question.folder.QuestionFileException;
import dev.pyprep.question.folder.QuestionFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports the question folder idempotently: new files are added, changed files become new versions, unchanged files
 * (same SHA-256 as the current version, compared for all files in one query) are not even parsed, and a malformed file
 * is reported with its path and problem while the rest still loads.
 */
@Service
class QuestionImporter implements QuestionBank {

    private static final Logger log = LoggerFactory.getLogger(QuestionImporter.class);
    private static final int PROGRESS_EVERY = 100;

    private final QuestionStore store;
    private final QuestionBankSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<ImportReport> lastReport = new AtomicReference<>();

    QuestionImporter(QuestionStore store, QuestionBankSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Path folder() {
        return settings.dir().toAbsolutePath().normalize();
    }

    @Override
    public ImportReport importFolder() {
        return importFolder(settings.dir());
    }

    @Override
    public Optional<ImportReport> lastReport() {
        return Optional.ofNullable(lastReport.get());
    }

    ImportReport importFolder(Path root) {
        long started = System.nanoTime();
        List<ImportReport.Problem> problems = new ArrayList<>();
        QuestionFolder folder;
        try {
            folder = QuestionFolder.read(root);
        } catch (IOException e) {
            problems.add(new ImportReport.Problem(root.toString(), e.getMessage()));
            return finish(new ImportReport(clock.instant(), 0, 0, 0, 0, 0, problems));
        }
        if (folder.topicsProblem() != null) {
            problems.add(new ImportReport.Problem(folder.name() + "/" + QuestionFolder.TOPICS, folder.topicsProblem()));
        }
        store.saveTopics(folder.topics());
        Map<String, String> currentHashes = store.currentHashes();
        int added = 0, newVersions = 0, unchanged = 0, done = 0;
        log.info("Question import: {} files in {}", folder.files().size(), root.toAbsolutePath().normalize());
        for (QuestionFolder.File file : folder.files()) {
            try {
                if (file.clash() == null && file.contentHash().equals(currentHashes.get(file.slug()))) {
                    unchanged++;
                } else {
                    QuestionDefinition def = folder.parse(file);
                    switch (store.save(def, file.contentHash(), file.path(), QuestionFolder.utf8(file.bytes()))) {
                        case ADDED -> added++;
                        case NEW_VERSION -> newVersions++;
                        case UNCHANGED -> unchanged++;
                    }
                }
            } catch (QuestionFileException e) {
                problems.add(new ImportReport.Problem(file.path(), e.describe()));
                log.warn("{}: {}", file.path(), e.describe());
            }
            if (++done % PROGRESS_EVERY == 0 && done < folder.files().size()) {
                log.info("Question import: {}/{} files", done, folder.files().size());
            }
        }
        ImportReport report = new ImportReport(clock.instant(), folder.files().size(), added, newVersions, unchanged,
                (System.nanoTime() - started) / 1_000_000, problems);
        if (added + newVersions > 0) {
            events.publishEvent(new QuestionBankChanged(added, newVersions));
        }
        return finish(report);
    }

    private ImportReport finish(ImportReport report) {
        lastReport.set(report);
        if (report.problems().isEmpty()) {
            log.info("Question import finished: {}", report.summary());
        } else {
            log.warn("Question import finished: {} (see the lines above, or /admin/questions)", report.summary());
        }
        return report;
    }
}
