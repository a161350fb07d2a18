package dev.pyprep.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxContainer;
import dev.pyprep.sandbox.SandboxRequest;
import dev.pyprep.sandbox.SandboxResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The scheduled image check runs only where grading runs: a web-only process does not ask the engine. */
class ImageWatchTest {

    @Test
    void aWebOnlyProcessDoesNotAskTheEngineForTheImage() {
        AtomicInteger calls = new AtomicInteger();
        Sandbox sandbox = new Sandbox() {
            public SandboxResult run(SandboxRequest request) {
                throw new AssertionError();
            }

            public boolean available() {
                calls.incrementAndGet();
                return true;
            }

            public List<SandboxContainer> containers() {
                return List.of();
            }

            public void remove(String containerId) {
            }

            @Override
            public String imageId() {
                calls.incrementAndGet();
                return "sha256:new";
            }
        };
        var webOnly = new dev.pyprep.grading.GradingSettings(0, Duration.ofSeconds(60), Duration.ofMillis(500),
                DataSize.ofKilobytes(64), 5, 3, DataSize.ofKilobytes(4), 30);
        new Revalidation(null, null, sandbox, webOnly).checkImage();
        assertThat(calls).hasValue(0);
    }
}
