package dev.pyprep.grading;

import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxRequest;
import dev.pyprep.sandbox.SandboxResult;
import dev.pyprep.sandbox.SandboxSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a {@link GradingJob} in one fresh sandbox and turns the harness's report into verdicts. The comparison happens
 * here, outside the container. Throws {@link dev.pyprep.sandbox.SandboxUnavailableException} when the engine is down.
 */
public class Grader {

    private final Sandbox sandbox;
    private final SandboxSettings settings;
    private final HarnessProtocol protocol;
    private final JsonMapper json;

    public Grader(Sandbox sandbox, SandboxSettings settings, JsonMapper json) {
        this.sandbox = sandbox;
        this.settings = settings;
        this.protocol = new HarnessProtocol(json);
        this.json = json;
    }

    public GradeOutcome grade(GradingJob job) {
        String nonce = HarnessProtocol.newNonce();
        List<HarnessProtocol.TestInput> inputs = job.tests().stream()
                .map(t -> new HarnessProtocol.TestInput(t.ordinal(), t.input())).toList();
        byte[] stdin = protocol.encode(nonce, job.mode(), job.entryPoint(), job.code(), job.driver(), job.timeLimitMs(),
                settings.printLimitPerTest().toBytes(), inputs);
        Duration wall = Duration.ofMillis((long) job.tests().size() * (job.timeLimitMs() + 500L)).plus(settings.wallClockSlack());
        SandboxResult result = sandbox.run(new SandboxRequest(stdin, job.memoryMb(), wall));
        HarnessProtocol.Report report = protocol.decode(nonce, result.stdout());

        if (report.compileError() != null) {
            JsonNode e = report.compileError();
            String line = e.path("line").isNumber() ? " (line " + e.path("line").asInt() + ")" : "";
            return new GradeOutcome(Verdict.SYNTAX_ERROR, 0,
                    e.path("type").asString("SyntaxError") + ": " + e.path("message").asString("") + line, List.of());
        }
        List<TestOutcome> outcomes = new ArrayList<>();
        for (GradingJob.Test test : job.tests()) {
            JsonNode event = report.tests().get(test.ordinal());
            outcomes.add(event == null ? missing(test, result) : judge(job, test, event));
        }
        return summarise(job, outcomes, result);
    }

    private TestOutcome judge(GradingJob job, GradingJob.Test test, JsonNode event) {
        String status = event.path("status").asString("");
        JsonNode value = event.path("value");
        Verdict verdict = switch (status) {
            case "ok" -> test.expected() == null
                    || OutputComparator.matches(job.comparator(), job.tolerance(), test.expected(), value)
                    ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER;
            case "timeout" -> Verdict.TIME_LIMIT_EXCEEDED;
            case "memory" -> Verdict.MEMORY_LIMIT_EXCEEDED;
            case "output_limit" -> Verdict.OUTPUT_LIMIT_EXCEEDED;
            case "error" -> Verdict.RUNTIME_ERROR;
            default -> Verdict.INTERNAL_ERROR;
        };
        JsonNode error = event.path("error");
        TestOutcome.CodeError codeError = error.isObject()
                ? new TestOutcome.CodeError(error.path("type").asString(""), error.path("message").asString(""),
                error.path("line").isNumber() ? error.path("line").asInt() : null)
                : null;
        String actual = status.equals("ok") ? (value.isString() ? value.asString() : json.writeValueAsString(value)) : null;
        return new TestOutcome(test.testCaseId(), test.ordinal(), test.visibility(), verdict, event.path("time_ms").asInt(0),
                actual, event.path("stdout").asString(""), event.path("stderr").asString(""), codeError);
    }

    /** The harness did not report this test: the container died or was stopped before it got there. */
    private static TestOutcome missing(GradingJob.Test test, SandboxResult result) {
        Verdict verdict;
        String message;
        if (result.oomKilled()) {
            verdict = Verdict.MEMORY_LIMIT_EXCEEDED;
            message = "the sandbox ran out of memory";
        } else if (result.timedOut()) {
            verdict = Verdict.TIME_LIMIT_EXCEEDED;
            message = "the sandbox ran out of time";
        } else if (result.outputTruncated()) {
            verdict = Verdict.OUTPUT_LIMIT_EXCEEDED;
            message = "the sandbox produced too much output";
        } else {
            verdict = Verdict.INTERNAL_ERROR;
            message = "the test harness stopped before this test (exit code " + result.exitCode() + ")";
        }
        return new TestOutcome(test.testCaseId(), test.ordinal(), test.visibility(), verdict, 0, null, "", "",
                new TestOutcome.CodeError(verdict.name(), message, null));
    }

    private static GradeOutcome summarise(GradingJob job, List<TestOutcome> outcomes, SandboxResult result) {
        int total = 0, passed = 0;
        TestOutcome firstFailure = null;
        for (int i = 0; i < outcomes.size(); i++) {
            TestOutcome o = outcomes.get(i);
            GradingJob.Test test = job.tests().get(i);
            if (test.expected() != null) {
                total += test.weight();
                passed += o.verdict().passed() ? test.weight() : 0;
            }
            if (firstFailure == null && !o.verdict().passed()) {
                firstFailure = o;
            }
        }
        int score = total == 0 ? 0 : Math.round(100f * passed / total);
        if (firstFailure == null) {
            return new GradeOutcome(Verdict.ACCEPTED, score, "All tests passed", outcomes);
        }
        String which = switch (firstFailure.visibility()) {
            case SAMPLE -> "sample test " + firstFailure.ordinal();
            case HIDDEN -> "a hidden test";
            case CUSTOM -> "your custom input";
        };
        String message = firstFailure.verdict().name().replace('_', ' ').toLowerCase() + " on " + which;
        return new GradeOutcome(firstFailure.verdict(), score, Character.toUpperCase(message.charAt(0)) + message.substring(1), outcomes);
    }
}
