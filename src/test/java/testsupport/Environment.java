package testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need the Docker engine or Chromium call these first. On a laptop without them the test is skipped;
 * in CI (CI=true) their absence is a failure, never a skip.
 */
public final class Environment {

    public static final String CHROMIUM = "/usr/bin/chromium";

    private Environment() {
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static void requireDocker() {
        require(dockerRunning() && imagePresent(), "the Docker engine with the image pyprep-sandbox:latest"
                + " (see sandbox-images/python/build-offline.sh)");
    }

    /** gVisor's runsc registered with the engine (.ci/run does it: /etc/docker/daemon.json, then SIGHUP). */
    public static void requireGvisor() {
        require(dockerRunning() && imagePresent() && output("docker", "info", "--format", "{{json .Runtimes}}").contains("runsc"),
                "gVisor's runsc registered with the Docker engine as runtime 'runsc' (see .ci/run)");
    }

    public static void requireChromium() {
        require(Files.isExecutable(Path.of(CHROMIUM)), "Chromium at " + CHROMIUM + " (apt-get install chromium)");
    }

    private static void require(boolean present, String what) {
        if (!present && ci()) {
            throw new AssertionError("CI=true but this test needs " + what);
        }
        Assumptions.assumeTrue(present, "skipped: needs " + what);
    }

    private static boolean dockerRunning() {
        return run("docker", "info");
    }

    private static boolean imagePresent() {
        return run("docker", "image", "inspect", "pyprep-sandbox:latest");
    }

    static String output(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
        } catch (java.io.IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
