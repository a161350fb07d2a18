package dev.pyprep.question.folder;

import static dev.pyprep.question.folder.Fields.allowOnly;
import static dev.pyprep.question.folder.Fields.enumValue;
import static dev.pyprep.question.folder.Fields.flag;
import static dev.pyprep.question.folder.Fields.list;
import static dev.pyprep.question.folder.Fields.optionalText;
import static dev.pyprep.question.folder.Fields.requiredRawText;
import static dev.pyprep.question.folder.Fields.requiredText;
import static dev.pyprep.question.folder.Fields.stringKeys;
import static dev.pyprep.question.folder.Fields.textList;

import dev.pyprep.question.Level;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.QuestionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one question file (YAML, format in questions/README.md) and reports the first problem precisely. */
public class QuestionFileParser {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FIELD_IN_MESSAGE = Pattern.compile("^(?:missing |unknown field |)'([a-z_]+)'");
    private static final Set<String> COMMON = Set.of("title", "kind", "level", "topics", "prompt", "hints", "screen_only");
    private static final Map<QuestionKind, Set<String>> FIELDS = Map.of(
            QuestionKind.CONCEPT, Set.of("model_answer", "key_points", "follow_ups", "common_mistakes"),
            QuestionKind.MULTIPLE_CHOICE, Set.of("options"),
            QuestionKind.PREDICT_OUTPUT, Set.of("snippet", "expected_output", "explanation"),
            QuestionKind.CODING, CodingParser.FIELDS);

    private static final Map<String, String> MESSAGE_FIELDS = Map.of(" test ", "tests", "option", "options",
            "wrong solution", "wrong_solutions", "topic", "topics");

    private final Set<String> knownTopics;

    public QuestionFileParser(Set<String> knownTopics) {
        this.knownTopics = Set.copyOf(knownTopics);
    }

    public QuestionDefinition parse(String slug, String text) {
        if (!SLUG.matcher(slug).matches()) {
            throw new QuestionFileException("the file name must be a slug like 'two-sum.yaml' (lower-case words joined by '-')");
        }
        Map<String, Object> root = SafeYaml.mapping(text, "a question file");
        try {
            return parse(slug, root);
        } catch (QuestionFileException e) {
            if (e.line() != null) {
                throw e;
            }
            throw new QuestionFileException(e.getMessage(), lineOf(e.getMessage(), text));
        }
    }

    private QuestionDefinition parse(String slug, Map<String, Object> root) {
        QuestionKind kind = enumValue(root, "kind", QuestionKind.class);
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        allowed.addAll(FIELDS.get(kind));
        allowOnly(root, allowed, "");
        String title = requiredText(root, "title", "");
        if (title.length() > 300) {
            throw new QuestionFileException("'title' is longer than 300 characters");
        }
        Level level = enumValue(root, "level", Level.class);
        Set<String> topics = topics(root);
        String prompt = requiredText(root, "prompt", "");
        List<String> hints = textList(root, "hints", false);
        boolean screenOnly = flag(root, "screen_only", "");
        QuestionContent content = switch (kind) {
            case CONCEPT -> new QuestionContent.Concept(requiredText(root, "model_answer", ""),
                    textList(root, "key_points", true), textList(root, "follow_ups", false),
                    textList(root, "common_mistakes", false));
            case MULTIPLE_CHOICE -> new QuestionContent.MultipleChoice(options(root));
            case PREDICT_OUTPUT -> new QuestionContent.PredictOutput(requiredText(root, "snippet", ""),
                    requiredRawText(root, "expected_output"), optionalText(root, "explanation"));
            case CODING -> CodingParser.parse(root);
        };
        return new QuestionDefinition(slug, title, level, topics, prompt, hints, screenOnly, content);
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

    private static List<QuestionContent.MultipleChoice.Option> options(Map<String, Object> root) {
        List<?> raw = list(root, "options", true);
        if (raw.size() < 2) {
            throw new QuestionFileException("'options' needs at least two options");
        }
        List<QuestionContent.MultipleChoice.Option> options = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String where = " in option " + (i + 1);
            if (!(raw.get(i) instanceof Map<?, ?> option)) {
                throw new QuestionFileException("option " + (i + 1) + " must be a mapping with text, explanation and optional correct");
            }
            Map<String, Object> o = stringKeys(option);
            allowOnly(o, Set.of("text", "correct", "explanation"), where);
            options.add(new QuestionContent.MultipleChoice.Option(requiredText(o, "text", where), flag(o, "correct", where),
                    requiredText(o, "explanation", where)));
        }
        long correct = options.stream().filter(QuestionContent.MultipleChoice.Option::correct).count();
        if (correct != 1) {
            throw new QuestionFileException("exactly one option must have 'correct: true' (found " + correct + ")");
        }
        return options;
    }

    /** The line of the top-level field a message is about ("missing 'expected' in test 3" -> the tests field). */
    private static Integer lineOf(String message, String text) {
        Map<String, Integer> lines = SafeYaml.keyLines(text);
        Matcher m = FIELD_IN_MESSAGE.matcher(message);
        if (m.find() && lines.containsKey(m.group(1))) {
            return lines.get(m.group(1));
        }
        for (Map.Entry<String, String> hint : MESSAGE_FIELDS.entrySet()) {
            if (message.contains(hint.getKey())) {
                return lines.get(hint.getValue());
            }
        }
        return null;
    }
}
