package testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What `docker ps -a` shows of the sandbox containers started by test nodes: every test process's node id starts with
 * pyprep-test (pyprep.sandbox.node-id, or TEST_NODE_ID), followed by its random per-process suffix.
 */
public final class Containers {

    private Containers() {
    }

    /** The node id prefix of this test run (TEST_NODE_ID lets several checkouts test on one engine at once). */
    public static final String NODE_PREFIX = System.getenv().getOrDefault("TEST_NODE_ID", "pyprep-test-main");

    public static List<String> sandboxContainers() {
        return list(NODE_PREFIX);
    }

    /**
     * Containers of test nodes that are neither this process's warm ones (a pool keeps some ready on purpose) nor
     * being removed: waits up to ten seconds for the asynchronous removal of finished ones, then returns what is left.
     */
    public static List<String> leftovers(dev.pyprep.sandbox.Sandbox sandbox) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> left;
        do {
            java.util.Set<String> warm = sandbox.warmContainers();
            left = sandboxContainers().stream().filter(id -> warm.stream().noneMatch(w -> w.startsWith(id))).toList();
            if (left.isEmpty()) {
                return left;
            }
            Candidate.sleep(200);
        } while (System.nanoTime() < deadline);
        return left;
    }

    /** Containers labelled as the platform's whose node id starts with the given prefix. */
    public static List<String> list(String nodePrefix) {
        try {
            Process p = new ProcessBuilder("docker", "ps", "-a", "--filter", "label=dev.pyprep.sandbox=true",
                    "--format", "{{.ID}} {{.Label \"dev.pyprep.node\"}}").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out.isEmpty() ? List.of() : Arrays.stream(out.split("\n"))
                    .filter(line -> line.contains(" ") && line.substring(line.indexOf(' ') + 1).startsWith(nodePrefix))
                    .map(line -> line.substring(0, line.indexOf(' ')))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
