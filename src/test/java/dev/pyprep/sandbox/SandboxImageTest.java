package dev.pyprep.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.utility.DockerImageName;
import testsupport.Environment;

/** The sandbox image built by .ci/run (offline base) has Python 3.13 with NumPy and pandas, and no network. */
class SandboxImageTest {

    @Test
    void theImageImportsNumpyAndPandasWithNoNetwork() {
        Environment.requireDocker();
        try (var container = new GenericContainer<>(DockerImageName.parse("pyprep-sandbox:latest"))
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("python3", "-c", """
                        import socket, sys, numpy, pandas
                        try:
                            socket.create_connection(('1.1.1.1', 53), timeout=2)
                            net = 'network reachable'
                        except OSError:
                            net = 'no network'
                        print(sys.version_info[:2], numpy.__version__, pandas.__version__, net)
                        """))
                .withNetworkMode("none")
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)))) {
            container.start();
            String out = container.getLogs();
            assertThat(out).contains("(3, 13)", "no network").containsPattern("2\\.2\\.\\d+ 2\\.2\\.\\d+");
        }
    }
}
