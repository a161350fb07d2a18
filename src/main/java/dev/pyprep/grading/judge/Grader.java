package dev.pyprep.grading.judge;

import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxRequest;
import dev.pyprep.sandbox.SandboxResult;
import dev.pyprep.sandbox.SandboxSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a {@link GradingJob} in one fresh sandbox and judges the harness's report. Throws
 * {@link dev.pyprep.sandbox.SandboxUnavailableException} when the engine is down. Shared by the grading workers and
 * the bank validator.
 */
public class Grader {

    private final Sandbox sandbox;
    private final SandboxSettings settings;
    private final HarnessProtocol protocol;
    private final Judge judge;

    public Grader(Sandbox sandbox, SandboxSettings settings, JsonMapper json) {
        this.sandbox = sandbox;
        this.settings = settings;
        this.protocol = new HarnessProtocol();
        this.judge = new Judge(json);
    }

    /**
     * Bank validation: several programs (which share the job's tests and limits, not their code) in one sandbox, one
     * after the other. Saves a container per program: the engine's work to start one costs more than most tests.
     */
    public List<GradeOutcome> gradeBatch(List<GradingJob> jobs) {
        String nonce = HarnessProtocol.newNonce();
        GradingJob first = jobs.getFirst();
        byte[] stdin = protocol.encodeBatch(nonce, jobs, settings.printLimitPerTest().toBytes());
        Duration wall = perProgram(first).multipliedBy(jobs.size()).plus(settings.wallClockSlack());
        SandboxResult result = sandbox.run(new SandboxRequest(stdin, first.memoryMb(), wall, HarnessProtocol.doneMarker(nonce)));
        List<GradeOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            outcomes.add(judge.judge(jobs.get(i), protocol.decode(nonce, result.stdout(), i), result));
        }
        return outcomes;
    }

    /** The longest one program may take: every test at twice its limit plus a second (the harness's wall cap). */
    private static Duration perProgram(GradingJob job) {
        return Duration.ofMillis((long) job.tests().size() * (2L * job.timeLimitMs() + 1000L));
    }

    public GradeOutcome grade(GradingJob job) {
        String nonce = HarnessProtocol.newNonce();
        byte[] stdin = protocol.encode(nonce, job, settings.printLimitPerTest().toBytes());
        Duration wall = perProgram(job).plus(settings.wallClockSlack());
        SandboxResult result = sandbox.run(new SandboxRequest(stdin, job.memoryMb(), wall, HarnessProtocol.doneMarker(nonce)));
        return judge.judge(job, protocol.decode(nonce, result.stdout()), result);
    }
}
