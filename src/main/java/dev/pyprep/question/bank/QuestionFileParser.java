package dev.pyprep.question.bank;

import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads one question file (YAML, format in questions/README.md) and reports the first problem precisely. */
public class QuestionFileParser {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> COMMON = Set.of("title", "kind", "level", "topics", "prompt", "hints");
    private static final Map<QuestionKind, Set<String>> FIELDS = Map.of(
            QuestionKind.CONCEPT, Set.of("model_answer", "key_points", "follow_ups", "common_mistakes"),
            QuestionKind.MULTIPLE_CHOICE, Set.of("options"),
            QuestionKind.PREDICT_OUTPUT, Set.of("snippet", "expected_output", "explanation"),
            QuestionKind.CODING, Set.of("mode", "entry_point", "starter", "solution", "driver", "wrong_solutions",
                    "comparator", "tolerance", "time_limit_ms", "memory_mb", "tests"));
    private static final Set<String> TEST_FIELDS = Set.of("name", "sample", "weight", "args", "args_expr", "ops",
            "ops_expr", "stdin", "expected");
    private static final List<String> INPUT_FIELDS = List.of("args", "args_expr", "ops", "ops_expr", "stdin");

    private final Set<String> knownTopics;

    public QuestionFileParser(Set<String> knownTopics) {
        this.knownTopics = Set.copyOf(knownTopics);
    }

    public QuestionDefinition parse(String slug, String text) {
        if (!SLUG.matcher(slug).matches()) {
            throw new QuestionFileException("the file name must be a slug like 'two-sum.yaml' (lower-case words joined by '-')");
        }
        Map<String, Object> root = load(text);
        QuestionKind kind = enumValue(root, "kind", QuestionKind.class);
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        allowed.addAll(FIELDS.get(kind));
        unknownFields(root, allowed, "");
        String title = requiredText(root, "title");
        if (title.length() > 300) {
            throw new QuestionFileException("'title' is longer than 300 characters");
        }
        Level level = enumValue(root, "level", Level.class);
        Set<String> topics = topics(root);
        String prompt = requiredText(root, "prompt");
        List<String> hints = textList(root, "hints", false);
        Map<String, Object> details = new LinkedHashMap<>();
        CodingDefinition coding = null;
        switch (kind) {
            case CONCEPT -> {
                details.put("model_answer", requiredText(root, "model_answer"));
                details.put("key_points", textList(root, "key_points", true));
                details.put("follow_ups", textList(root, "follow_ups", false));
                details.put("common_mistakes", textList(root, "common_mistakes", false));
            }
            case MULTIPLE_CHOICE -> details.put("options", options(root));
            case PREDICT_OUTPUT -> {
                details.put("snippet", requiredText(root, "snippet"));
                details.put("expected_output", requiredRawText(root, "expected_output"));
                details.put("explanation", optionalText(root, "explanation"));
            }
            case CODING -> coding = coding(root);
        }
        return new QuestionDefinition(slug, title, kind, level, topics, prompt, hints, details, coding);
    }

    private static Map<String, Object> load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(5 * 1024 * 1024);
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new QuestionFileException("invalid YAML: " + e.getMessage().replace('\n', ' ').replaceAll(" +", " "));
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new QuestionFileException("the file must be a YAML mapping of fields (title, kind, level, ...)");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static void unknownFields(Map<String, ?> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new QuestionFileException("unknown field '" + key + "'" + where + " (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    private Set<String> topics(Map<String, Object> root) {
        List<String> topics = textList(root, "topics", true);
        for (String topic : topics) {
            if (!knownTopics.contains(topic)) {
                throw new QuestionFileException("unknown topic '" + topic + "' (see questions/topics.yaml)");
            }
        }
        return new LinkedHashSet<>(topics);
    }

    private static List<Map<String, Object>> options(Map<String, Object> root) {
        List<?> raw = list(root, "options", true);
        if (raw.size() < 2) {
            throw new QuestionFileException("'options' needs at least two options");
        }
        List<Map<String, Object>> options = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < raw.size(); i++) {
            String where = " in option " + (i + 1);
            if (!(raw.get(i) instanceof Map<?, ?> option)) {
                throw new QuestionFileException("option " + (i + 1) + " must be a mapping with text, explanation and optional correct");
            }
            Map<String, Object> o = stringKeys(option);
            unknownFields(o, Set.of("text", "correct", "explanation"), where);
            Object isCorrect = o.getOrDefault("correct", false);
            if (!(isCorrect instanceof Boolean b)) {
                throw new QuestionFileException("'correct'" + where + " must be true or false");
            }
            correct += b ? 1 : 0;
            Map<String, Object> clean = new LinkedHashMap<>();
            clean.put("text", requiredText(o, "text", where));
            clean.put("correct", b);
            clean.put("explanation", requiredText(o, "explanation", where));
            options.add(clean);
        }
        if (correct != 1) {
            throw new QuestionFileException("exactly one option must have 'correct: true' (found " + correct + ")");
        }
        return options;
    }

    private CodingDefinition coding(Map<String, Object> root) {
        CodingMode mode = enumValue(root, "mode", CodingMode.class);
        String entryPoint = mode == CodingMode.STDIN ? optionalText(root, "entry_point") : requiredText(root, "entry_point");
        if (entryPoint == null) {
            entryPoint = "main";
        } else if (!IDENTIFIER.matcher(entryPoint).matches()) {
            throw new QuestionFileException("'entry_point' must be a Python identifier (was '" + entryPoint + "')");
        }
        Comparator comparator = root.containsKey("comparator")
                ? enumValue(root, "comparator", Comparator.class)
                : (mode == CodingMode.STDIN ? Comparator.TEXT_TRAILING : Comparator.EXACT);
        if (comparator.textual() != (mode == CodingMode.STDIN)) {
            throw new QuestionFileException("comparator '" + comparator.name().toLowerCase(Locale.ROOT)
                    + "' does not fit mode '" + mode.name().toLowerCase(Locale.ROOT)
                    + "' (text comparators are for stdin programs, the others for return values)");
        }
        double tolerance = number(root, "tolerance", 1e-6);
        int timeLimit = (int) number(root, "time_limit_ms", 2000);
        int memory = (int) number(root, "memory_mb", 256);
        if (timeLimit < 100 || timeLimit > 20000) {
            throw new QuestionFileException("'time_limit_ms' must be between 100 and 20000");
        }
        if (memory < 32 || memory > 2048) {
            throw new QuestionFileException("'memory_mb' must be between 32 and 2048");
        }
        List<CodingDefinition.Test> tests = tests(root, mode);
        List<CodingDefinition.Wrong> wrongs = new ArrayList<>();
        List<?> rawWrongs = root.containsKey("wrong_solutions") ? list(root, "wrong_solutions", false) : List.of();
        for (int i = 0; i < rawWrongs.size(); i++) {
            if (!(rawWrongs.get(i) instanceof Map<?, ?> w)) {
                throw new QuestionFileException("wrong solution " + (i + 1) + " must be a mapping with label and code");
            }
            Map<String, Object> wrong = stringKeys(w);
            String where = " in wrong solution " + (i + 1);
            unknownFields(wrong, Set.of("label", "code"), where);
            wrongs.add(new CodingDefinition.Wrong(requiredText(wrong, "label", where), requiredText(wrong, "code", where)));
        }
        return new CodingDefinition(mode, entryPoint, requiredText(root, "starter"), requiredText(root, "solution"),
                optionalText(root, "driver"), comparator, tolerance, timeLimit, memory, tests, wrongs);
    }

    private static List<CodingDefinition.Test> tests(Map<String, Object> root, CodingMode mode) {
        List<?> raw = list(root, "tests", true);
        List<CodingDefinition.Test> tests = new ArrayList<>();
        Set<String> expectedInputs = switch (mode) {
            case FUNCTION -> Set.of("args", "args_expr");
            case CLASS -> Set.of("ops", "ops_expr");
            case STDIN -> Set.of("stdin");
        };
        for (int i = 0; i < raw.size(); i++) {
            String where = " in test " + (i + 1);
            if (!(raw.get(i) instanceof Map<?, ?> t)) {
                throw new QuestionFileException("test " + (i + 1) + " must be a mapping");
            }
            Map<String, Object> test = stringKeys(t);
            unknownFields(test, TEST_FIELDS, where);
            List<String> given = INPUT_FIELDS.stream().filter(test::containsKey).toList();
            if (given.size() != 1 || !expectedInputs.contains(given.getFirst())) {
                throw new QuestionFileException("test " + (i + 1) + " needs exactly one of "
                        + expectedInputs.stream().sorted().collect(Collectors.joining(" or ")) + " for mode "
                        + mode.name().toLowerCase(Locale.ROOT) + (given.isEmpty() ? "" : " (found " + given + ")"));
            }
            String inputKey = given.getFirst();
            Object input = test.get(inputKey);
            boolean ok = switch (inputKey) {
                case "args", "ops" -> input instanceof List<?>;
                default -> input instanceof String;
            };
            if (!ok) {
                throw new QuestionFileException("'" + inputKey + "'" + where + " must be "
                        + (inputKey.equals("args") || inputKey.equals("ops") ? "a list" : "a string"));
            }
            if (!test.containsKey("expected")) {
                throw new QuestionFileException("missing 'expected'" + where);
            }
            Object expected = test.get("expected");
            if (mode == CodingMode.STDIN && !(expected instanceof String)) {
                throw new QuestionFileException("'expected'" + where + " must be the text the program prints");
            }
            Object sample = test.getOrDefault("sample", false);
            if (!(sample instanceof Boolean isSample)) {
                throw new QuestionFileException("'sample'" + where + " must be true or false");
            }
            int weight = (int) number(test, "weight", 1);
            if (weight < 1 || weight > 100) {
                throw new QuestionFileException("'weight'" + where + " must be between 1 and 100");
            }
            String name = test.get("name") instanceof String s && !s.isBlank() ? s.trim() : "test " + (i + 1);
            tests.add(new CodingDefinition.Test(name, isSample, weight, Map.of(inputKey, input), expected));
        }
        if (tests.stream().noneMatch(CodingDefinition.Test::sample)) {
            throw new QuestionFileException("at least one test must have 'sample: true'");
        }
        return tests;
    }

    // ------------------------------------------------------------------ small readers

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static <E extends Enum<E>> E enumValue(Map<String, Object> map, String field, Class<E> type) {
        String value = requiredText(map, field);
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            throw new QuestionFileException("'" + field + "' must be one of " + allowed + " (was '" + value + "')");
        }
    }

    private static String requiredText(Map<String, Object> map, String field) {
        return requiredText(map, field, "");
    }

    private static String requiredText(Map<String, Object> map, String field, String where) {
        Object value = map.get(field);
        if (value == null) {
            throw new QuestionFileException("missing '" + field + "'" + where);
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw new QuestionFileException("'" + field + "'" + where + " must be non-empty text");
        }
        return s.strip();
    }

    /** Text whose exact content matters (expected program output): only a trailing newline is left as written. */
    private static String requiredRawText(Map<String, Object> map, String field) {
        Object value = map.get(field);
        if (!(value instanceof String s)) {
            throw new QuestionFileException(value == null ? "missing '" + field + "'" : "'" + field + "' must be text");
        }
        return s;
    }

    private static String optionalText(Map<String, Object> map, String field) {
        Object value = map.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new QuestionFileException("'" + field + "' must be text");
        }
        return s.isBlank() ? null : s.strip();
    }

    private static List<?> list(Map<String, Object> map, String field, boolean required) {
        Object value = map.get(field);
        if (value == null) {
            if (required) {
                throw new QuestionFileException("missing '" + field + "'");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new QuestionFileException("'" + field + "' must be a list");
        }
        if (required && list.isEmpty()) {
            throw new QuestionFileException("'" + field + "' must not be empty");
        }
        return list;
    }

    private static List<String> textList(Map<String, Object> map, String field, boolean required) {
        List<?> raw = list(map, field, required);
        List<String> result = new ArrayList<>();
        for (Object item : raw) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw new QuestionFileException("every item of '" + field + "' must be non-empty text");
            }
            result.add(s.strip());
        }
        return result;
    }

    private static double number(Map<String, Object> map, String field, double fallback) {
        Object value = map.get(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n)) {
            throw new QuestionFileException("'" + field + "' must be a number");
        }
        return n.doubleValue();
    }
}
