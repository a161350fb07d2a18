package dev.pyprep.grading.judge;

import dev.pyprep.question.Comparator;
import dev.pyprep.question.PrintedText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides whether what the code produced matches the expected value, for each {@link Comparator}. Values are compared
 * exactly as typed: a number is never a string, NaN ({@code {"$float": "nan"}}) matches only NaN, never None.
 */
public final class OutputComparator {

    private static final JsonMapper CANONICAL = ValueJson.mapper();

    private OutputComparator() {
    }

    public static boolean matches(Comparator comparator, double tolerance, JsonNode expected, JsonNode actual) {
        return switch (comparator) {
            case EXACT -> equal(expected, actual, -1);
            case FLOAT -> equal(expected, actual, tolerance);
            case UNORDERED -> unordered(expected, actual);
            case TEXT -> expected.isString() && actual.isString() && expected.asString().equals(actual.asString());
            case TEXT_TRAILING -> expected.isString() && actual.isString()
                    && PrintedText.sameIgnoringTrailingSpace(expected.asString(), actual.asString());
            case TEXT_TOKENS -> expected.isString() && actual.isString()
                    && tokens(expected.asString()).equals(tokens(actual.asString()));
        };
    }

    private static List<String> tokens(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    private static boolean equal(JsonNode a, JsonNode b, double tolerance) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            if (tolerance < 0) {
                return a.decimalValue().compareTo(b.decimalValue()) == 0;
            }
            double x = a.asDouble(), y = b.asDouble();
            double diff = Math.abs(x - y);
            return diff <= tolerance || diff <= tolerance * Math.max(Math.abs(x), Math.abs(y));
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i), tolerance)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                if (!b.has(e.getKey()) || !equal(e.getValue(), b.get(e.getKey()), tolerance)) {
                    return false;
                }
            }
            return true;
        }
        return a.getNodeType() == b.getNodeType() && a.equals(b);
    }

    private static boolean unordered(JsonNode expected, JsonNode actual) {
        if (!expected.isArray() || !actual.isArray() || expected.size() != actual.size()) {
            return false;
        }
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(e -> counts.merge(canonical(e), 1, Integer::sum));
        for (JsonNode a : actual) {
            String key = canonical(a);
            Integer left = counts.get(key);
            if (left == null) {
                return false;
            }
            if (left == 1) {
                counts.remove(key);
            } else {
                counts.put(key, left - 1);
            }
        }
        return counts.isEmpty();
    }

    /**
     * One text for all equal values (1 and 1.0, reordered object keys), written as JSON with every value tagged by
     * its type, so keys and strings are escaped and no two different values can read the same.
     */
    static String canonical(JsonNode node) {
        return CANONICAL.writeValueAsString(tagged(node));
    }

    private static JsonNode tagged(JsonNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode tag = nodes.arrayNode();
        if (node.isNumber()) {
            BigDecimal d = node.decimalValue().stripTrailingZeros();
            return tag.add("n").add(d.signum() == 0 ? "0" : d.toPlainString());
        }
        if (node.isArray()) {
            ArrayNode items = nodes.arrayNode();
            node.forEach(n -> items.add(tagged(n)));
            return tag.add("a").add(items);
        }
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), tagged(e.getValue())));
            ObjectNode object = nodes.objectNode();
            sorted.forEach(object::set);
            return tag.add("o").add(object);
        }
        return tag.add(node.getNodeType().name()).add(node);
    }
}
