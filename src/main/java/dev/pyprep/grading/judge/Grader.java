package dev.pyprep.grading.judge;

import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxRequest;
import dev.pyprep.sandbox.SandboxResult;
import dev.pyprep.sandbox.SandboxSettings;
import java.time.Duration;
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
        this.protocol = new HarnessProtocol(json);
        this.judge = new Judge(json);
    }

    public GradeOutcome grade(GradingJob job) {
        String nonce = HarnessProtocol.newNonce();
        byte[] stdin = protocol.encode(nonce, job, settings.printLimitPerTest().toBytes());
        Duration wall = Duration.ofMillis((long) job.tests().size() * (job.timeLimitMs() + 500L)).plus(settings.wallClockSlack());
        SandboxResult result = sandbox.run(new SandboxRequest(stdin, job.memoryMb(), wall));
        return judge.judge(job, protocol.decode(nonce, result.stdout()), result);
    }
}
