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
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports the question folder idempotently: new files are added, changed files become new versions, unchanged files
 * (same SHA-256 as the current version, compared for all files in one query) are not even parsed, files equal to an
 * earlier version are left alone (the question was edited in the browser since: a restart must not undo that), and a malformed file
 * is reported with its path and problem while the rest still loads. Everything new is written in one transaction,
 * in batches.
 */
@Service
class QuestionImporter implements QuestionBank {

    private static final Logger log = LoggerFactory.getLogger(QuestionImporter.class);

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
        return importFolder(folder, root.toAbsolutePath().normalize().toString(), started);
    }

    /** Imports a bank given in memory (an upload), exactly as a folder on disk. */
    ImportReport importFolder(QuestionFolder folder) {
        return importFolder(folder, folder.name(), System.nanoTime());
    }

    private ImportReport importFolder(QuestionFolder folder, String where, long started) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (folder.topicsProblem() != null) {
            problems.add(new ImportReport.Problem(folder.name() + "/" + QuestionFolder.TOPICS, folder.topicsProblem()));
        }
        store.saveTopics(folder.topics());
        Map<String, String> currentHashes = store.currentHashes();
        Map<String, Set<String>> olderHashes = store.olderHashes();
        int unchanged = 0;
        log.info("Question import: {} files in {}", folder.files().size(), where);
        List<QuestionStore.Item> items = new ArrayList<>();
        for (QuestionFolder.File file : folder.files()) {
            if (file.clash() == null && file.contentHash().equals(currentHashes.get(file.slug()))) {
                unchanged++; // the same bytes as the current version: not even parsed
                continue;
            }
            if (file.clash() == null && olderHashes.getOrDefault(file.slug(), Set.of()).contains(file.contentHash())) {
                unchanged++; // an earlier version: the question was edited since (in the browser), the file is behind
                continue;
            }
            try {
                QuestionDefinition def = folder.parse(file);
                items.add(new QuestionStore.Item(def, file.contentHash(), file.path(), QuestionFolder.utf8(file.bytes())));
            } catch (QuestionFileException e) {
                problems.add(new ImportReport.Problem(file.path(), e.describe()));
                log.warn("{}: {}", file.path(), e.describe());
            }
        }
        int added = 0, newVersions = 0;
        for (QuestionStore.Saved saved : items.isEmpty() ? List.<QuestionStore.Saved>of() : store.saveAll(items)) {
            if (saved.problem() != null) {
                problems.add(new ImportReport.Problem(saved.item().sourcePath(), saved.problem()));
                log.warn("{}: {}", saved.item().sourcePath(), saved.problem());
                continue;
            }
            switch (saved.outcome()) {
                case ADDED -> added++;
                case NEW_VERSION -> newVersions++;
                case UNCHANGED -> unchanged++;
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
