package dev.pyprep.grading.judge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Protocol 1 of sandbox-images/python/harness.py: length-prefixed JSON frames in, nonce-prefixed JSON lines out.
 * Test frames carry inputs only; expected values never leave the server.
 */
public final class HarnessProtocol {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What one run of the harness reported: a compile error, or the tests it reported (by id), and whether it finished. */
    public record Report(HarnessEvent.CompileFailed compileError, Map<Integer, HarnessEvent.TestRan> tests, boolean done) {
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

    /** The harness's stdin for a job: a header frame, then one frame per test (inputs only). */
    public byte[] encode(String nonce, GradingJob job, long printLimit) {
        ObjectNode header = json.createObjectNode();
        header.put("protocol", 1);
        header.put("nonce", nonce);
        header.put("mode", job.mode().name().toLowerCase(Locale.ROOT));
        header.put("entry_point", job.entryPoint());
        header.put("code", job.code());
        header.put("driver", job.driver());
        header.put("time_limit_ms", job.timeLimitMs());
        header.put("output_limit_bytes", printLimit);
        header.put("test_count", job.tests().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frame(out, json.writeValueAsBytes(header));
        for (GradingJob.Test test : job.tests()) {
            ObjectNode node = json.createObjectNode();
            node.put("id", test.ordinal());
            test.input().properties().forEach(e -> node.set(e.getKey(), e.getValue()));
            frame(out, json.writeValueAsBytes(node));
        }
        return out.toByteArray();
    }

    private static void frame(ByteArrayOutputStream out, byte[] body) {
        out.writeBytes((body.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
    }

    /** Reads the harness's lines into typed events; anything not starting with this run's nonce is ignored. */
    public Report decode(String nonce, String stdout) {
        String prefix = nonce + " ";
        HarnessEvent.CompileFailed compileError = null;
        Map<Integer, HarnessEvent.TestRan> tests = new LinkedHashMap<>();
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
                case "compile" -> compileError = new HarnessEvent.CompileFailed(error(event.path("error"), "SyntaxError"));
                case "test" -> {
                    HarnessEvent.TestRan test = test(event);
                    tests.putIfAbsent(test.id(), test);
                }
                case "done" -> done = true;
                default -> { }
            }
        }
        return new Report(compileError, tests, done);
    }

    private static HarnessEvent.TestRan test(JsonNode event) {
        HarnessEvent.Status status = switch (event.path("status").asString("")) {
            case "ok" -> HarnessEvent.Status.OK;
            case "error" -> HarnessEvent.Status.ERROR;
            case "timeout" -> HarnessEvent.Status.TIMEOUT;
            case "memory" -> HarnessEvent.Status.MEMORY;
            case "output_limit" -> HarnessEvent.Status.OUTPUT_LIMIT;
            case "not_run" -> HarnessEvent.Status.NOT_RUN;
            default -> HarnessEvent.Status.UNKNOWN;
        };
        JsonNode error = event.path("error");
        return new HarnessEvent.TestRan(event.path("id").asInt(-1), status, event.path("value"),
                event.path("stdout").asString(""), event.path("stderr").asString(""), event.path("time_ms").asInt(0),
                error.isObject() ? error(error, "Error") : null);
    }

    private static TestOutcome.CodeError error(JsonNode e, String defaultType) {
        return new TestOutcome.CodeError(e.path("type").asString(defaultType), e.path("message").asString(""),
                e.path("line").isNumber() ? e.path("line").asInt() : null);
    }
}
