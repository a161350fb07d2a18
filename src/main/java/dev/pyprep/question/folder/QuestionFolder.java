package dev.pyprep.question.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A bank of question files: topics.yaml and one YAML file per question. The one reader of the question folder, used
 * by the import, bank validation and the coverage table (and, for uploads, by an in-memory set of files). Slugs that
 * clash are reported here, once; files are parsed only when asked.
 */
public final class QuestionFolder {

    public static final String TOPICS = "topics.yaml";

    /** One question file: its display path, slug, bytes and their SHA-256, and a problem found before parsing. */
    public record File(String path, String slug, byte[] bytes, String contentHash, String clash) {
    }

    private final String name;
    private final Map<String, String> topics;
    private final String topicsProblem;
    private final List<File> files;

    private QuestionFolder(String name, Map<String, String> topics, String topicsProblem, List<File> files) {
        this.name = name;
        this.topics = topics;
        this.topicsProblem = topicsProblem;
        this.files = files;
    }

    /** Reads a folder on disk: every *.yaml / *.yml below it except topics.yaml, sorted by path. */
    public static QuestionFolder read(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("the question folder " + root + " does not exist");
        }
        Path base = root.toAbsolutePath().normalize();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = base.relativize(file).toString().replace('\\', '/');
                if (relative.equals(TOPICS) || isQuestionFile(relative)) {
                    entries.put(relative, Files.readAllBytes(file));
                }
            }
        }
        String name = base.getFileName() == null ? "questions" : base.getFileName().toString();
        return of(name, entries);
    }

    /** A bank given as relative paths and contents (an upload). Files other than YAML are ignored. */
    public static QuestionFolder of(String name, Map<String, byte[]> entries) {
        Map<String, String> topics = Map.of();
        String topicsProblem = null;
        byte[] topicsBytes = entries.entrySet().stream().filter(e -> e.getKey().equals(TOPICS)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (topicsBytes == null) {
            topicsProblem = "missing topics.yaml: every question needs its topics listed there";
        } else {
            try {
                topics = topics(utf8(topicsBytes));
            } catch (QuestionFileException e) {
                topicsProblem = "topics.yaml: " + e.describe();
            }
        }
        List<File> files = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        entries.entrySet().stream().filter(e -> isQuestionFile(e.getKey())).sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String path = name + "/" + e.getKey();
            String slug = slug(e.getKey());
            String owner = owners.putIfAbsent(slug, path);
            files.add(new File(path, slug, e.getValue(), sha256(e.getValue()),
                    owner == null ? null : "slug '" + slug + "' is already used by " + owner));
        });
        return new QuestionFolder(name, Collections.unmodifiableMap(topics), topicsProblem, List.copyOf(files));
    }

    static boolean isQuestionFile(String relativePath) {
        String fileName = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return fileName.matches(".*\\.ya?ml$") && !relativePath.equals(TOPICS) && !fileName.startsWith(".");
    }

    private static Map<String, String> topics(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        SafeYaml.mapping(text, "topics.yaml").forEach((slug, value) -> {
            if (!(value instanceof String name) || name.isBlank()) {
                throw new QuestionFileException("topic '" + slug + "' needs a name");
            }
            names.put(slug, name.strip());
        });
        return names;
    }

    public String name() {
        return name;
    }

    /** topics.yaml as slug -> name (empty when it is missing or broken: see {@link #topicsProblem()}). */
    public Map<String, String> topics() {
        return topics;
    }

    public String topicsProblem() {
        return topicsProblem;
    }

    public List<File> files() {
        return files;
    }

    /** Parses one file of this folder; throws {@link QuestionFileException} with the problem. */
    public QuestionDefinition parse(File file) {
        if (file.clash() != null) {
            throw new QuestionFileException(file.clash());
        }
        return new QuestionFileParser(topics.keySet()).parse(file.slug(), utf8(file.bytes()));
    }

    public static String slug(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return fileName.replaceFirst("\\.ya?ml$", "");
    }

    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new QuestionFileException("the file is not valid UTF-8");
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
