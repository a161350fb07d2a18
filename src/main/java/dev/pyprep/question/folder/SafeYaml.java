package dev.pyprep.question.folder;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The one way PyPrep reads YAML: safe types only, no duplicate keys, few aliases, a size cap. Every file of the
 * question folder (topics.yaml included) goes through here.
 */
final class SafeYaml {

    static final int MAX_CHARS = 5 * 1024 * 1024;

    private SafeYaml() {
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CHARS);
        options.setNestingDepthLimit(60);
        return options;
    }

    /** A YAML mapping as field name to value; the message of a syntax error carries its line. */
    static Map<String, Object> mapping(String text, String what) {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(options())).load(text);
        } catch (MarkedYAMLException e) {
            Integer line = e.getProblemMark() == null ? null : e.getProblemMark().getLine() + 1;
            throw new QuestionFileException("invalid YAML: " + oneLine(e.getProblem() == null ? e.getMessage() : e.getProblem()), line);
        } catch (YAMLException e) {
            throw new QuestionFileException("invalid YAML: " + oneLine(e.getMessage()));
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new QuestionFileException(what + " must be a YAML mapping");
        }
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** The 1-based line of each top-level key, for messages about a field. Empty when the text does not parse. */
    static Map<String, Integer> keyLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try {
            Node root = new Yaml(new SafeConstructor(options())).compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        lines.put(key.getValue(), key.getStartMark().getLine() + 1);
                    }
                }
            }
        } catch (YAMLException e) {
            // the loader reports the syntax error with its line
        }
        return lines;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replace('\n', ' ').replaceAll(" +", " ").strip();
    }
}
