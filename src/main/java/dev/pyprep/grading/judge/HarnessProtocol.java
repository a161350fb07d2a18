package dev.pyprep.grading.judge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Protocol 2 of sandbox-images/python/harness.py: length-prefixed JSON frames in, nonce-prefixed JSON lines out.
 * Test frames carry inputs only; expected values never leave the server. Output is parsed with {@link ValueJson}'s
 * limits, and every field is typed here: anything else on the harness's stdout is ignored.
 */
public final class HarnessProtocol {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What one run of the harness reported: a compile error, or the tests it reported (by id), and whether it finished. */
    public record Report(HarnessEvent.CompileFailed compileError, Map<Integer, HarnessEvent.TestRan> tests, boolean done,
                         int harnessMs) {
    }

    /** The beginning of the line the harness ends with: the sandbox may skip asking the engine how it ended. */
    public static String doneMarker(String nonce) {
        return nonce + " {\"event\": \"done\"";
    }

    public static final int VERSION = 2;

    private final JsonMapper json = ValueJson.mapper();


    public static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The harness's stdin for a job: a header frame, then one frame per test (inputs only). */
    public byte[] encode(String nonce, GradingJob job, long printLimit) {
        return encode(header(nonce, job, printLimit).put("code", job.code()), job);
    }

    /**
     * Bank validation: several programs on the same tests in one sandbox (the question's own reference and wrong
     * solutions, or several snippets). The jobs share everything but their code and expected values.
     */
    public byte[] encodeBatch(String nonce, List<GradingJob> jobs, long printLimit) {
        ObjectNode header = header(nonce, jobs.getFirst(), printLimit);
        var programs = header.putArray("programs");
        jobs.forEach(j -> programs.add(j.code()));
        return encode(header, jobs.getFirst());
    }

    private ObjectNode header(String nonce, GradingJob job, long printLimit) {
        ObjectNode header = json.createObjectNode();
        header.put("protocol", VERSION);
        header.put("nonce", nonce);
        header.put("mode", job.mode().name().toLowerCase(Locale.ROOT));
        header.put("entry_point", job.entryPoint());
        header.put("driver", job.driver());
        header.put("time_limit_ms", job.timeLimitMs());
        header.put("output_limit_bytes", printLimit);
        header.put("test_count", job.tests().size());
        return header;
    }

    private byte[] encode(ObjectNode header, GradingJob job) {
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
        return decode(nonce, stdout, -1);
    }

    /** A batch's report for one of its programs (by index). */
    public Report decode(String nonce, String stdout, int program) {
        String prefix = nonce + " ";
        HarnessEvent.CompileFailed compileError = null;
        Map<Integer, HarnessEvent.TestRan> tests = new LinkedHashMap<>();
        boolean done = false;
        int harnessMs = 0;
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
            if (program >= 0 && !event.path("event").asString("").equals("done") && event.path("program").asInt(-1) != program) {
                continue;
            }
            switch (event.path("event").asString("")) {
                case "compile" -> compileError = new HarnessEvent.CompileFailed(error(event.path("error"), "SyntaxError"));
                case "test" -> {
                    HarnessEvent.TestRan test = test(event);
                    tests.putIfAbsent(test.id(), test);
                }
                case "done" -> {
                    done = true;
                    harnessMs = Math.max(0, event.path("ms").asInt(0));
                }
                default -> { }
            }
        }
        return new Report(compileError, tests, done, harnessMs);
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
