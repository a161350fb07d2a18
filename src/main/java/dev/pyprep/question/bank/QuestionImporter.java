package dev.pyprep.question.bank;

import dev.pyprep.question.Topic;
import dev.pyprep.question.TopicRepository;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
        Map<String, String> topicNames = importTopics(root.resolve("topics.yaml"), problems);
        QuestionFileParser parser = new QuestionFileParser(topicNames.keySet());
        List<Path> files = questionFiles(root, problems);
        Map<String, String> slugOwners = new HashMap<>();
        int added = 0, newVersions = 0, unchanged = 0, done = 0;
        log.info("Question import: {} files in {}", files.size(), root.toAbsolutePath().normalize());
        for (Path file : files) {
            String path = display(root, file);
            String slug = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            try {
                String owner = slugOwners.putIfAbsent(slug, path);
                if (owner != null) {
                    throw new QuestionFileException("slug '" + slug + "' is already used by " + owner);
                }
                byte[] bytes = Files.readAllBytes(file);
                QuestionDefinition def = parser.parse(slug, utf8(bytes));
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

    Map<String, String> importTopics(Path file, List<ImportReport.Problem> problems) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            problems.add(new ImportReport.Problem(file.toString(), "missing topics.yaml: every question needs its topics listed there"));
            return names;
        }
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            if (!(doc instanceof Map<?, ?> map)) {
                throw new QuestionFileException("must map topic slugs to names");
            }
            map.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
        } catch (IOException | RuntimeException e) {
            problems.add(new ImportReport.Problem(file.getFileName().toString(), e.getMessage()));
            log.warn("{}: {}", file, e.getMessage());
            return names;
        }
        names.forEach((slug, name) -> topics.findById(slug).ifPresentOrElse(
                t -> { if (!t.getName().equals(name)) { t.rename(name); topics.save(t); } },
                () -> topics.save(new Topic(slug, name))));
        return names;
    }

    private static List<Path> questionFiles(Path root, List<ImportReport.Problem> problems) {
        if (!Files.isDirectory(root)) {
            problems.add(new ImportReport.Problem(root.toString(), "the question folder does not exist"));
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml$"))
                    .filter(p -> !p.getFileName().toString().equals("topics.yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new ImportReport.Problem(root.toString(), "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static String display(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        return base.getFileName() + "/" + base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new QuestionFileException("the file is not valid UTF-8");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
