package dev.pyprep.admin.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.admin.validation.HouseRules;
import dev.pyprep.grading.GradingSettings;
import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxContainer;
import dev.pyprep.sandbox.SandboxNode;
import dev.pyprep.sandbox.SandboxRequest;
import dev.pyprep.sandbox.SandboxResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A web-only process (pyprep.grading.workers=0) never runs validations, so it never talks to the Docker engine. */
class WebOnlyProcessTest {

    static GradingSettings workers(int n) {
        return new GradingSettings(n, Duration.ofSeconds(60), Duration.ofMillis(500), DataSize.ofKilobytes(64), 5, 3,
                DataSize.ofKilobytes(4), 30);
    }

    /** Counts every call: the engine must not be touched. */
    static class CountingSandbox implements Sandbox {
        final AtomicInteger calls = new AtomicInteger();

        public SandboxResult run(SandboxRequest request) {
            calls.incrementAndGet();
            throw new AssertionError("no sandbox here");
        }

        public boolean available() {
            calls.incrementAndGet();
            return false;
        }

        public List<SandboxContainer> containers() {
            calls.incrementAndGet();
            return List.of();
        }

        public void remove(String containerId) {
            calls.incrementAndGet();
        }

        @Override
        public String imageId() {
            calls.incrementAndGet();
            return "sha256:x";
        }
    }

    @Test
    void withNoGradingWorkersTheValidationRunnerDoesNotStartAndNeverTouchesTheSandbox() {
        CountingSandbox sandbox = new CountingSandbox();
        ValidationRunner runner = new ValidationRunner(null, null, null, new HouseRules(3, 10, 1, 3, true), sandbox,
                workers(0), new SandboxNode("web-1"));
        runner.start();
        assertThat(runner.polling()).isFalse();
        runner.stop();
        assertThat(sandbox.calls).hasValue(0);
    }
}
