package dev.pyprep.question.bank;

import dev.pyprep.question.Topic;
import dev.pyprep.question.TopicRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports the question folder idempotently: new files are added, changed files become new versions, unchanged files
 * are skipped, and a malformed file is reported with its path and problem while the rest still loads.
 */
@Service
public class QuestionImporter {

    private static final Logger log = LoggerFactory.getLogger(QuestionImporter.class);
    private static final int PROGRESS_EVERY = 50;

    private final QuestionStore store;
    private final TopicRepository topics;
    private final AtomicReference<ImportReport> lastReport = new AtomicReference<>();

    QuestionImporter(QuestionStore store, TopicRepository topics) {
        this.store = store;
        this.topics = topics;
    }

    public ImportReport importFolder(Path root) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        Map<String, String> topicNames = importTopics(root, problems);
        QuestionFileParser parser = new QuestionFileParser(topicNames.keySet());
        List<Path> files;
        try {
            files = QuestionFiles.list(root);
        } catch (IOException e) {
            problems.add(new ImportReport.Problem(root.toString(), e.getMessage()));
            files = List.of();
        }
        Map<String, String> slugOwners = new HashMap<>();
        int added = 0, newVersions = 0, unchanged = 0, done = 0;
        log.info("Question import: {} files in {}", files.size(), root.toAbsolutePath().normalize());
        for (Path file : files) {
            String path = QuestionFiles.display(root, file);
            String slug = QuestionFiles.slug(file);
            try {
                String owner = slugOwners.putIfAbsent(slug, path);
                if (owner != null) {
                    throw new QuestionFileException("slug '" + slug + "' is already used by " + owner);
                }
                byte[] bytes = Files.readAllBytes(file);
                QuestionDefinition def = parser.parse(slug, QuestionFiles.utf8(bytes));
                switch (store.save(def, sha256(bytes), path)) {
                    case ADDED -> added++;
                    case NEW_VERSION -> newVersions++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (QuestionFileException | IOException e) {
                problems.add(new ImportReport.Problem(path, e.getMessage()));
                log.warn("{}: {}", path, e.getMessage());
            }
            if (++done % PROGRESS_EVERY == 0 && done < files.size()) {
                log.info("Question import: {}/{} files", done, files.size());
            }
        }
        ImportReport report = new ImportReport(Instant.now(), files.size(), added, newVersions, unchanged, List.copyOf(problems));
        lastReport.set(report);
        if (problems.isEmpty()) {
            log.info("Question import finished: {}", report.summary());
        } else {
            log.warn("Question import finished: {} (see the lines above, or /admin/questions)", report.summary());
        }
        return report;
    }

    public ImportReport lastReport() {
        return lastReport.get();
    }

    private Map<String, String> importTopics(Path root, List<ImportReport.Problem> problems) {
        Map<String, String> names;
        try {
            names = QuestionFiles.topics(root);
        } catch (IOException | QuestionFileException e) {
            problems.add(new ImportReport.Problem("topics.yaml", e.getMessage()));
            log.warn("topics.yaml: {}", e.getMessage());
            return Map.of();
        }
        names.forEach((slug, name) -> topics.findById(slug).ifPresentOrElse(
                t -> { if (!t.getName().equals(name)) { t.rename(name); topics.save(t); } },
                () -> topics.save(new Topic(slug, name))));
        return names;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
