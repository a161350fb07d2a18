package dev.pyprep.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the sandbox image exists, so that the first run needs nothing but PostgreSQL, a Docker engine and the
 * server: if it is missing, it is built in the background, through the offline script when debootstrap is installed
 * (no image registry needed), otherwise from the Dockerfile (online, from python:3.13-slim). Progress goes to the
 * log and to {@link #status()}; gradings wait until it is ready, they do not fail.
 */
final class SandboxImage {

    private static final Logger log = LoggerFactory.getLogger(SandboxImage.class);

    enum State { UNKNOWN, READY, BUILDING, MISSING }

    private final DockerClient docker;
    private final SandboxSettings settings;
    private volatile State state = State.UNKNOWN;
    private volatile String progress = "";

    SandboxImage(DockerClient docker, SandboxSettings settings) {
        this.docker = docker;
        this.settings = settings;
    }

    boolean ready() {
        if (state == State.READY) {
            return true;
        }
        if (state == State.BUILDING) {
            return false;
        }
        try {
            docker.inspectImageCmd(settings.image()).exec();
            state = State.READY;
            return true;
        } catch (NotFoundException e) {
            state = State.MISSING;
            return false;
        }
    }

    /** Starts a build in the background if the image is missing and building is allowed. */
    synchronized void ensure() {
        if (state == State.BUILDING || ready() || !settings.buildMissingImage()) {
            return;
        }
        state = State.BUILDING;
        progress = "starting";
        Thread.ofPlatform().daemon(true).name("sandbox-image-build").start(this::build);
    }

    String status() {
        return switch (state) {
            case READY -> "sandbox image " + settings.image() + " ready";
            case BUILDING -> "building the sandbox image " + settings.image() + " (" + progress + "); grading waits";
            case MISSING -> "the sandbox image " + settings.image() + " is missing: build it with "
                    + "sandbox-images/python/build-offline.sh; grading waits";
            case UNKNOWN -> "sandbox image not checked yet";
        };
    }

    private void build() {
        Path dir = settings.imageBuildDir();
        try {
            if (!Files.isRegularFile(dir.resolve("Dockerfile"))) {
                throw new IOException("no Dockerfile in " + dir.toAbsolutePath()
                        + " (set PYPREP_SANDBOX_IMAGE_BUILD_DIR to the sandbox-images/python folder)");
            }
            if (onPath("debootstrap") && Files.isExecutable(dir.resolve("build-offline.sh"))) {
                log.info("The sandbox image {} is missing: building it offline with {} (debootstrap, a few minutes)",
                        settings.image(), dir.resolve("build-offline.sh"));
                runScript(dir.resolve("build-offline.sh"));
            } else {
                log.info("The sandbox image {} is missing and debootstrap is not installed: building it from {} "
                        + "(needs the python:3.13-slim image and PyPI)", settings.image(), dir.resolve("Dockerfile"));
                docker.buildImageCmd(dir.toFile()).withTags(Set.of(settings.image()))
                        .withBuildArg("BASE_IMAGE", "python:3.13-slim")
                        .exec(new BuildImageResultCallback() {
                            @Override
                            public void onNext(BuildResponseItem item) {
                                if (item.getStream() != null && !item.getStream().isBlank()) {
                                    step(item.getStream().strip());
                                }
                                super.onNext(item);
                            }
                        }).awaitImageId();
            }
            state = ready() ? State.READY : State.MISSING;
            log.info("Sandbox image {}: {}", settings.image(), state == State.READY ? "built, grading starts" : "still missing");
        } catch (IOException | RuntimeException e) {
            state = State.MISSING;
            log.error("Building the sandbox image {} failed: {}", settings.image(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = State.MISSING;
        }
    }

    private void runScript(Path script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(script.toAbsolutePath().toString(), settings.image()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("PYPREP_SANDBOX_IMAGE", settings.image()));
        Process process = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                step(line);
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException(script + " failed (exit code " + process.exitValue() + "): " + progress);
        }
    }

    private void step(String line) {
        progress = line.length() > 200 ? line.substring(0, 200) : line;
        log.info("sandbox image build: {}", progress);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", command));
    }
}
