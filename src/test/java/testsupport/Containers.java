package testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What `docker ps -a` shows of the sandbox containers started by the test node (pyprep.sandbox.node-id=pyprep-test). */
public final class Containers {

    private Containers() {
    }

    public static List<String> sandboxContainers() {
        try {
            Process p = new ProcessBuilder("docker", "ps", "-aq", "--filter", "label=dev.pyprep.sandbox=true",
                            "--filter", "label=dev.pyprep.node=pyprep-test")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\s+"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
