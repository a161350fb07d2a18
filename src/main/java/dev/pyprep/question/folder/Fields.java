package dev.pyprep.question.folder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Typed reads of the fields of a parsed YAML mapping, each failing with a message that names the field. */
final class Fields {

    private Fields() {
    }

    static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    static void allowOnly(Map<String, ?> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new QuestionFileException("unknown field '" + key + "'" + where + " (allowed: "
                        + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    static <E extends Enum<E>> E enumValue(Map<String, Object> map, String field, Class<E> type) {
        String value = requiredText(map, field, "");
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            throw new QuestionFileException("'" + field + "' must be one of " + allowed + " (was '" + value + "')");
        }
    }

    static String requiredText(Map<String, Object> map, String field, String where) {
        Object value = map.get(field);
        if (value == null) {
            throw new QuestionFileException("missing '" + field + "'" + where);
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw new QuestionFileException("'" + field + "'" + where + " must be non-empty text");
        }
        return s.strip();
    }

    /** Text whose exact content matters (expected program output): kept as written. */
    static String requiredRawText(Map<String, Object> map, String field) {
        Object value = map.get(field);
        if (!(value instanceof String s)) {
            throw new QuestionFileException(value == null ? "missing '" + field + "'" : "'" + field + "' must be text");
        }
        return s;
    }

    static String optionalText(Map<String, Object> map, String field) {
        Object value = map.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new QuestionFileException("'" + field + "' must be text");
        }
        return s.isBlank() ? null : s.strip();
    }

    static boolean flag(Map<String, Object> map, String field, String where) {
        Object value = map.getOrDefault(field, false);
        if (!(value instanceof Boolean b)) {
            throw new QuestionFileException("'" + field + "'" + where + " must be true or false");
        }
        return b;
    }

    static List<?> list(Map<String, Object> map, String field, boolean required) {
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

    static List<String> textList(Map<String, Object> map, String field, boolean required) {
        List<String> result = new ArrayList<>();
        for (Object item : list(map, field, required)) {
            if (!(item instanceof String s) || s.isBlank()) {
                throw new QuestionFileException("every item of '" + field + "' must be non-empty text");
            }
            result.add(s.strip());
        }
        return result;
    }

    static double number(Map<String, Object> map, String field, double fallback, String where) {
        Object value = map.get(field);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n)) {
            throw new QuestionFileException("'" + field + "'" + where + " must be a number");
        }
        return n.doubleValue();
    }
}
