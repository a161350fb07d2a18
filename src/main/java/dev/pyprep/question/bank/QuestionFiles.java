package dev.pyprep.question.bank;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The question folder on disk: its topics.yaml, its question files, their slugs and display paths. */
public final class QuestionFiles {

    private QuestionFiles() {
    }

    /** topics.yaml as slug -> name. */
    public static Map<String, String> topics(Path root) throws IOException {
        Path file = root.resolve("topics.yaml");
        if (!Files.exists(file)) {
            throw new QuestionFileException("missing topics.yaml: every question needs its topics listed there");
        }
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (RuntimeException e) {
            throw new QuestionFileException("topics.yaml: " + e.getMessage());
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new QuestionFileException("topics.yaml must map topic slugs to names");
        }
        Map<String, String> names = new LinkedHashMap<>();
        map.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
        return names;
    }

    /** Every question file below root, sorted. */
    public static List<Path> list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("the question folder " + root + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml$"))
                    .filter(p -> !p.getFileName().toString().equals("topics.yaml"))
                    .sorted()
                    .toList();
        }
    }

    public static String slug(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    /** How a file is named in messages: the folder name, then the path inside it. */
    public static String display(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        return base.getFileName() + "/" + base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new QuestionFileException("the file is not valid UTF-8");
        }
    }
}
