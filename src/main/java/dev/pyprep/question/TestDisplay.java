package dev.pyprep.question;

import tools.jackson.databind.JsonNode;

/** How a test's input and expected value read on a page: Python-like literals, program text as it is. */
public final class TestDisplay {

    private TestDisplay() {
    }

    public static String input(JsonNode input) {
        if (input.has("stdin")) {
            return input.get("stdin").asString();
        }
        if (input.has("args")) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode arg : input.get("args")) {
                sb.append(sb.isEmpty() ? "" : ", ").append(python(arg));
            }
            return sb.toString();
        }
        if (input.has("ops")) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode op : input.get("ops")) {
                sb.append(sb.isEmpty() ? "" : "\n").append(op.path(0).asString()).append('(');
                for (int i = 1; i < op.size(); i++) {
                    sb.append(i > 1 ? ", " : "").append(python(op.get(i)));
                }
                sb.append(')');
            }
            return sb.toString();
        }
        JsonNode expr = input.has("args_expr") ? input.get("args_expr") : input.path("ops_expr");
        return "generated: " + expr.asString();
    }

    /** Program output reads as printed text; a return value as a Python literal. */
    public static String expected(JsonNode node, boolean programOutput) {
        return programOutput && node.isString() ? node.asString() : python(node);
    }

    /** A JSON value written as the Python literal it stands for. */
    public static String python(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "None";
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "True" : "False";
        }
        if (node.isString()) {
            return pythonString(node.asString());
        }
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < node.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(python(node.get(i)));
            }
            return sb.append(']').toString();
        }
        if (node.isObject() && node.size() == 1 && node.path("$float").isString()) {
            return switch (node.path("$float").asString()) {
                case "nan" -> "nan";
                case "inf" -> "inf";
                default -> "-inf";
            };
        }
        if (node.isObject() && node.size() == 1 && node.path("$repr").isString()) {
            return node.path("$repr").asString();
        }
        if (node.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            node.properties().forEach(e -> sb.append(sb.length() > 1 ? ", " : "").append(pythonString(e.getKey()))
                    .append(": ").append(python(e.getValue())));
            return sb.append('}').toString();
        }
        return node.toString();
    }

    private static String pythonString(String s) {
        String quote = s.contains("'") && !s.contains("\"") ? "\"" : "'";
        StringBuilder sb = new StringBuilder(quote);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (String.valueOf(c).equals(quote)) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.append(quote).toString();
    }
}
