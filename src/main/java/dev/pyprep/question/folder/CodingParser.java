package dev.pyprep.question.folder;

import static dev.pyprep.question.folder.Fields.allowOnly;
import static dev.pyprep.question.folder.Fields.enumValue;
import static dev.pyprep.question.folder.Fields.flag;
import static dev.pyprep.question.folder.Fields.list;
import static dev.pyprep.question.folder.Fields.number;
import static dev.pyprep.question.folder.Fields.optionalText;
import static dev.pyprep.question.folder.Fields.requiredText;
import static dev.pyprep.question.folder.Fields.stringKeys;

import dev.pyprep.question.CodingMode;
import dev.pyprep.question.Comparator;
import dev.pyprep.question.QuestionContent;
import dev.pyprep.question.TestVisibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The coding part of a question file: mode, code, limits, tests and wrong solutions. */
final class CodingParser {

    static final Set<String> FIELDS = Set.of("mode", "entry_point", "starter", "solution", "driver", "wrong_solutions",
            "comparator", "tolerance", "time_limit_ms", "memory_mb", "tests", "editorial");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TEST_FIELDS = Set.of("name", "sample", "weight", "args", "args_expr", "ops",
            "ops_expr", "stdin", "expected");
    private static final List<String> INPUT_FIELDS = List.of("args", "args_expr", "ops", "ops_expr", "stdin");

    private CodingParser() {
    }

    static QuestionContent.Coding parse(Map<String, Object> root) {
        CodingMode mode = enumValue(root, "mode", CodingMode.class);
        String entryPoint = mode == CodingMode.STDIN ? optionalText(root, "entry_point") : requiredText(root, "entry_point", "");
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
        double tolerance = number(root, "tolerance", 1e-6, "");
        int timeLimit = (int) number(root, "time_limit_ms", 2000, "");
        int memory = (int) number(root, "memory_mb", 256, "");
        if (timeLimit < 100 || timeLimit > 20000) {
            throw new QuestionFileException("'time_limit_ms' must be between 100 and 20000");
        }
        if (memory < 32 || memory > 2048) {
            throw new QuestionFileException("'memory_mb' must be between 32 and 2048");
        }
        return new QuestionContent.Coding(mode, entryPoint, requiredText(root, "starter", ""),
                requiredText(root, "solution", ""), optionalText(root, "driver"), comparator, tolerance, timeLimit, memory,
                tests(root, mode), wrongSolutions(root), optionalText(root, "editorial"));
    }

    private static List<QuestionContent.Coding.WrongSolution> wrongSolutions(Map<String, Object> root) {
        List<QuestionContent.Coding.WrongSolution> wrongs = new ArrayList<>();
        List<?> raw = list(root, "wrong_solutions", false);
        for (int i = 0; i < raw.size(); i++) {
            if (!(raw.get(i) instanceof Map<?, ?> w)) {
                throw new QuestionFileException("wrong solution " + (i + 1) + " must be a mapping with label and code");
            }
            Map<String, Object> wrong = stringKeys(w);
            String where = " in wrong solution " + (i + 1);
            allowOnly(wrong, Set.of("label", "code"), where);
            wrongs.add(new QuestionContent.Coding.WrongSolution(requiredText(wrong, "label", where),
                    requiredText(wrong, "code", where)));
        }
        return wrongs;
    }

    private static List<QuestionContent.Coding.Test> tests(Map<String, Object> root, CodingMode mode) {
        List<?> raw = list(root, "tests", true);
        List<QuestionContent.Coding.Test> tests = new ArrayList<>();
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
            allowOnly(test, TEST_FIELDS, where);
            List<String> given = INPUT_FIELDS.stream().filter(test::containsKey).toList();
            if (given.size() != 1 || !expectedInputs.contains(given.getFirst())) {
                throw new QuestionFileException("test " + (i + 1) + " needs exactly one of "
                        + expectedInputs.stream().sorted().collect(Collectors.joining(" or ")) + " for mode "
                        + mode.name().toLowerCase(Locale.ROOT) + (given.isEmpty() ? "" : " (found " + given + ")"));
            }
            String inputKey = given.getFirst();
            Object input = test.get(inputKey);
            boolean listInput = inputKey.equals("args") || inputKey.equals("ops");
            if (listInput ? !(input instanceof List<?>) : !(input instanceof String)) {
                throw new QuestionFileException("'" + inputKey + "'" + where + " must be " + (listInput ? "a list" : "a string"));
            }
            if (!test.containsKey("expected")) {
                throw new QuestionFileException("missing 'expected'" + where);
            }
            Object expected = test.get("expected");
            if (mode == CodingMode.STDIN && !(expected instanceof String)) {
                throw new QuestionFileException("'expected'" + where + " must be the text the program prints");
            }
            boolean sample = flag(test, "sample", where);
            int weight = (int) number(test, "weight", 1, where);
            if (weight < 1 || weight > 100) {
                throw new QuestionFileException("'weight'" + where + " must be between 1 and 100");
            }
            String name = test.get("name") instanceof String s && !s.isBlank() ? s.strip() : "test " + (i + 1);
            if (name.length() > 200) {
                throw new QuestionFileException("'name'" + where + " is longer than 200 characters");
            }
            ObjectNode inputNode = JsonNodeFactory.instance.objectNode();
            inputNode.set(inputKey, YamlValues.toJson(input, where));
            tests.add(new QuestionContent.Coding.Test(name, sample ? TestVisibility.SAMPLE : TestVisibility.HIDDEN, weight,
                    inputNode, YamlValues.toJson(expected, where)));
        }
        if (tests.stream().noneMatch(QuestionContent.Coding.Test::sample)) {
            throw new QuestionFileException("at least one test must have 'sample: true'");
        }
        return tests;
    }
}
