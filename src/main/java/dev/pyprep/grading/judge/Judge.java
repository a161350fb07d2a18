package dev.pyprep.grading.judge;

import dev.pyprep.grading.Verdict;
import dev.pyprep.sandbox.SandboxResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what the harness reported (and how the container ended) into a verdict per test and for the whole job. Pure:
 * no I/O, no Spring; the comparison with expected values happens here, outside the sandbox.
 */
public final class Judge {

    private final JsonMapper json;

    public Judge(JsonMapper json) {
        this.json = json;
    }

    public GradeOutcome judge(GradingJob job, HarnessProtocol.Report report, SandboxResult result) {
        if (report.compileError() != null) {
            TestOutcome.CodeError e = report.compileError().error();
            String line = e.line() != null ? " (line " + e.line() + ")" : "";
            return new GradeOutcome(Verdict.SYNTAX_ERROR, 0, e.type() + ": " + e.message() + line, List.of(), report.harnessMs());
        }
        List<TestOutcome> outcomes = new ArrayList<>();
        boolean stopped = false; // after a test ran out of time or memory, or the sandbox died, nothing more ran
        for (GradingJob.Test test : job.tests()) {
            HarnessEvent.TestRan event = report.tests().get(test.ordinal());
            TestOutcome outcome = event != null ? test(job, test, event) : stopped ? notRun(test) : missing(test, result);
            stopped |= event == null || outcome.verdict() == Verdict.TIME_LIMIT_EXCEEDED
                    || outcome.verdict() == Verdict.MEMORY_LIMIT_EXCEEDED;
            outcomes.add(outcome);
        }
        GradeOutcome outcome = summarise(job, outcomes);
        return new GradeOutcome(outcome.verdict(), outcome.score(), outcome.message(), outcome.tests(), report.harnessMs());
    }

    private TestOutcome test(GradingJob job, GradingJob.Test test, HarnessEvent.TestRan event) {
        Verdict verdict = switch (event.status()) {
            case OK -> test.expected() == null
                    || OutputComparator.matches(job.comparator(), job.tolerance(), test.expected(), event.value())
                    ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER;
            case TIMEOUT -> Verdict.TIME_LIMIT_EXCEEDED;
            case MEMORY -> Verdict.MEMORY_LIMIT_EXCEEDED;
            case OUTPUT_LIMIT -> Verdict.OUTPUT_LIMIT_EXCEEDED;
            case ERROR -> Verdict.RUNTIME_ERROR;
            case NOT_RUN -> Verdict.NOT_RUN;
            case UNKNOWN -> Verdict.INTERNAL_ERROR;
        };
        String actual = event.status() == HarnessEvent.Status.OK
                ? (event.value().isString() ? event.value().asString() : json.writeValueAsString(event.value())) : null;
        return new TestOutcome(test.testCaseId(), test.ordinal(), test.visibility(), verdict, event.timeMs(), actual,
                event.stdout(), event.stderr(), event.error());
    }

    private static TestOutcome notRun(GradingJob.Test test) {
        return new TestOutcome(test.testCaseId(), test.ordinal(), test.visibility(), Verdict.NOT_RUN, 0, null, "", "",
                new TestOutcome.CodeError("NotRun", "not run: an earlier test ran out of time or memory, or stopped the sandbox", null));
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
        } else if (result.exitCode() == 1 && result.stderr().contains("Traceback (most recent call last)")) {
            verdict = Verdict.INTERNAL_ERROR; // the harness itself failed: the platform's fault, not the code's
            message = "the test harness failed before this test";
        } else {
            // The sandbox died on its own while this test ran: the code killed the harness (possible under gVisor,
            // which lets a process kill PID 1) or exhausted the sandbox. The code's doing, so a runtime error.
            verdict = Verdict.RUNTIME_ERROR;
            message = "the sandbox stopped during this test (exit code " + result.exitCode()
                    + "): the code killed the test harness or exhausted the sandbox";
        }
        return new TestOutcome(test.testCaseId(), test.ordinal(), test.visibility(), verdict, 0, null, "", "",
                new TestOutcome.CodeError(verdict.name(), message, null));
    }

    private static GradeOutcome summarise(GradingJob job, List<TestOutcome> outcomes) {
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
        String message = firstFailure.verdict().name().replace('_', ' ').toLowerCase(Locale.ROOT) + " on " + which;
        return new GradeOutcome(firstFailure.verdict(), score, Character.toUpperCase(message.charAt(0)) + message.substring(1),
                outcomes);
    }
}
