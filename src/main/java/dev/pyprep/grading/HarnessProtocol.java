package dev.pyprep.grading;

import dev.pyprep.question.CodingMode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Protocol 1 of sandbox-images/python/harness.py: length-prefixed JSON frames in, nonce-prefixed JSON lines out.
 * Test frames carry inputs only; expected values never leave the server.
 */
public final class HarnessProtocol {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A test input as the harness receives it: exactly one of args, args_expr, ops, ops_expr, stdin. */
    public record TestInput(int id, JsonNode input) {
    }

    /** What one run of the harness reported. {@code compileError} is set when the code did not compile. */
    public record Report(JsonNode compileError, Map<Integer, JsonNode> tests, boolean done) {
    }

    private final JsonMapper json;

    public HarnessProtocol(JsonMapper json) {
        this.json = json;
    }

    public static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public byte[] encode(String nonce, CodingMode mode, String entryPoint, String code, String driver, int timeLimitMs,
                         long printLimit, List<TestInput> tests) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("protocol", 1);
        header.put("nonce", nonce);
        header.put("mode", mode.name().toLowerCase());
        header.put("entry_point", entryPoint);
        header.put("code", code);
        header.put("driver", driver);
        header.put("time_limit_ms", timeLimitMs);
        header.put("output_limit_bytes", printLimit);
        header.put("test_count", tests.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frame(out, json.writeValueAsBytes(header));
        for (TestInput test : tests) {
            var node = json.createObjectNode();
            node.put("id", test.id());
            test.input().properties().forEach(e -> node.set(e.getKey(), e.getValue()));
            frame(out, json.writeValueAsBytes(node));
        }
        return out.toByteArray();
    }

    private static void frame(ByteArrayOutputStream out, byte[] body) {
        out.writeBytes((body.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
    }

    /** Reads the harness's lines; anything not starting with this run's nonce is ignored. */
    public Report decode(String nonce, String stdout) {
        String prefix = nonce + " ";
        JsonNode compileError = null;
        Map<Integer, JsonNode> tests = new LinkedHashMap<>();
        boolean done = false;
        for (String line : stdout.lines().toList()) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            JsonNode event;
            try {
                event = json.readTree(line.substring(prefix.length()));
            } catch (RuntimeException e) {
                continue;
            }
            switch (event.path("event").asString("")) {
                case "compile" -> compileError = event.path("error");
                case "test" -> tests.putIfAbsent(event.path("id").asInt(-1), event);
                case "done" -> done = true;
                default -> { }
            }
        }
        return new Report(compileError, tests, done);
    }
}
