package dev.pyprep.question.folder;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns test inputs and expected values read from YAML into the JSON the grader works with. Non-finite floats become
 * the typed value {@code {"$float": "nan" | "inf" | "-inf"}}, exactly as the sandbox harness reports them, so NaN never
 * reads as None and infinity never as a string.
 */
final class YamlValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlValues() {
    }

    static JsonNode toJson(Object value, String where) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.stringNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case BigInteger b -> NODES.numberNode(b);
            case Double d -> floating(d);
            case Float f -> floating(f.doubleValue());
            case List<?> list -> {
                ArrayNode array = NODES.arrayNode();
                list.forEach(item -> array.add(toJson(item, where)));
                yield array;
            }
            case Map<?, ?> map -> {
                ObjectNode object = NODES.objectNode();
                map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v, where)));
                yield object;
            }
            default -> throw new QuestionFileException("a value" + where + " is a YAML " + value.getClass().getSimpleName()
                    + " (dates and binary data are not test values: quote it to make it a string)");
        };
    }

    private static JsonNode floating(double d) {
        if (Double.isNaN(d)) {
            return NODES.objectNode().put("$float", "nan");
        }
        if (Double.isInfinite(d)) {
            return NODES.objectNode().put("$float", d > 0 ? "inf" : "-inf");
        }
        return NODES.numberNode(BigDecimal.valueOf(d).doubleValue());
    }
}
