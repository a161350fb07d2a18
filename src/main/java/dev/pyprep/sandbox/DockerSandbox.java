package dev.pyprep.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.LogConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Docker implementation: one fresh container per run, locked down (no network, read-only root, small tmpfs,
 * non-root user, no capabilities, no-new-privileges, the default seccomp profile pinned, memory = memory+swap, the
 * highest OOM score, a small /dev/shm, pids and CPU limits, ulimits, empty environment, no host paths, never the
 * Docker socket, no log driver so nothing the code prints reaches the engine's disk), killed at the wall-clock limit
 * and always removed.
 */
public class DockerSandbox implements Sandbox, AutoCloseable {

    public static final String LABEL = "dev.pyprep.sandbox";
    public static final String NODE_LABEL = "dev.pyprep.node";

    private static final Logger log = LoggerFactory.getLogger(DockerSandbox.class);

    private final DockerClient docker;
    private final SandboxSettings settings;
    private final String node;
    private final List<String> securityOpts;
    private final ExecutorService removals = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().daemon(true).name("sandbox-removal-", 0).factory());
    private final ScheduledExecutorService delayed = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon(true).name("sandbox-teardown").factory());
    private final SandboxImage image;
    private volatile WarmPool pool;
    private Thread maintenance;

    @Override
    public String imageId() {
        try {
            return docker.inspectImageCmd(settings.image()).exec().getId();
        } catch (RuntimeException e) {
            return null; // no engine or no image: nothing to compare yet
        }
    }

    public DockerSandbox(DockerClient docker, SandboxSettings settings, SandboxNode node) {
        this.docker = docker;
        this.settings = settings;
        this.node = node.id();
        this.securityOpts = securityOpts(settings);
        this.image = new SandboxImage(docker, settings);
    }

    private static List<String> securityOpts(SandboxSettings settings) {
        Path profile = settings.seccompProfile();
        if (profile != null && Files.isReadable(profile)) {
            try {
                return List.of("no-new-privileges", "seccomp=" + Files.readString(profile));
            } catch (IOException e) {
                log.warn("Could not read the seccomp profile {}: {}", profile, e.getMessage());
            }
        }
        log.warn("No seccomp profile at {}: sandboxes get the engine's built-in default seccomp profile "
                + "(set PYPREP_SANDBOX_SECCOMP_PROFILE to pin one)", profile);
        return List.of("no-new-privileges");
    }

    /** The engine answers and the image exists (a missing image is built in the background meanwhile). */
    @Override
    public boolean available() {
        try {
            docker.pingCmd().exec();
        } catch (RuntimeException e) {
            return false;
        }
        if (image.ready()) {
            return true;
        }
        image.ensure();
        return false;
    }

    @Override
    public String statusLine() {
        try {
            docker.pingCmd().exec();
        } catch (RuntimeException e) {
            return "the Docker engine at " + settings.dockerHost() + " is not reachable; grading waits";
        }
        WarmPool p = pool;
        return image.status() + (p == null ? "" : "; " + p.ids().size() + " warm sandboxes ready");
    }

    /** Keeps warm containers of the default memory size ready (see {@link WarmPool}); idempotent. */
    @Override
    public synchronized void prewarm(int defaultSize) {
        int size = settings.poolSize() >= 0 ? settings.poolSize() : defaultSize;
        if (size <= 0 || pool != null) {
            return;
        }
        pool = new WarmPool(this::startAttached, this::removeLater, size, settings.poolMaxAge(), 2);
        settings.poolMemoryMb().forEach(pool::warm);
        maintenance = Thread.ofPlatform().daemon(true).name("sandbox-pool-maintenance").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(5_000);
                    pool.maintain();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    log.debug("pool maintenance: {}", e.getMessage());
                }
            }
        });
        log.info("Warm sandbox pool: {} containers of {} MB kept ready (replaced after {} s)", size,
                settings.poolMemoryMb(), settings.poolMaxAge().toSeconds());
    }

    @Override
    public java.util.Set<String> warmContainers() {
        WarmPool p = pool;
        return p == null ? java.util.Set.of() : p.ids();
    }

    @Override
    public SandboxResult run(SandboxRequest request) {
        long started = System.nanoTime();
        AttachedContainer container = pool == null ? null : pool.take(request.memoryMb());
        boolean warm = container != null;
        if (container == null) {
            container = startAttached(request.memoryMb());
        }
        if (log.isDebugEnabled()) {
            log.debug("{} container {} ready after {} ms", warm ? "warm" : "cold", container.id.substring(0, 12),
                    (System.nanoTime() - started) / 1_000_000);
        }
        try {
            return finish(container, request, started);
        } finally {
            tearDownLater(container.id, request.memoryMb());
        }
    }

    /**
     * The used container's removal and its warm replacement's start, {@code teardownDelay} after the run: by then the
     * verdict is stored and answered, so this engine work no longer competes with it on the same cores.
     */
    private void tearDownLater(String id, int memoryMb) {
        long delay = settings.teardownDelay().toMillis();
        Runnable teardown = () -> {
            removeLater(id);
            WarmPool p = pool;
            if (p != null) {
                p.replenish(memoryMb);
            }
        };
        if (delay <= 0) {
            teardown.run();
        } else {
            try {
                delayed.schedule(teardown, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                teardown.run(); // closing: remove it now
            }
        }
    }

    /** Creates a locked-down container, attaches its output and its (still empty) stdin, and starts it. */
    private AttachedContainer startAttached(int memoryMb) {
        String id = create(memoryMb);
        AttachedContainer c = new AttachedContainer(id, memoryMb, settings.stdoutLimit().toBytes(),
                settings.stderrLimit().toBytes(), this::kill);
        try {
            docker.attachContainerCmd(id).withStdIn(c.stdin).withStdOut(true).withStdErr(true).withFollowStream(true)
                    .exec(c.output);
            c.output.awaitStarted(10, TimeUnit.SECONDS);
            docker.startContainerCmd(id).exec();
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            removeLater(id);
            throw new SandboxUnavailableException("interrupted while starting a sandbox", e);
        } catch (RuntimeException e) {
            removeLater(id);
            throw new SandboxUnavailableException("The Docker engine failed to start a sandbox: " + e.getMessage(), e);
        }
    }

    private String create(int memoryMb) {
        long memory = memoryMb * 1024L * 1024L;
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withReadonlyRootfs(true)
                .withTmpFs(Map.of("/tmp", "rw,nosuid,nodev,noexec,size=" + settings.tmpfsSize().toBytes()))
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(securityOpts)
                .withMemory(memory)
                .withMemorySwap(memory)
                .withOomScoreAdj(1000)
                .withShmSize(settings.shmSize().toBytes())
                .withLogConfig(new LogConfig(LogConfig.LoggingType.NONE))
                .withPidsLimit(settings.pidsLimit())
                .withNanoCPUs((long) (settings.cpus() * 1_000_000_000L))
                .withUlimits(List.of(
                        new Ulimit("fsize", settings.fileSizeLimit().toBytes(), settings.fileSizeLimit().toBytes()),
                        new Ulimit("nofile", settings.openFilesLimit(), settings.openFilesLimit())))
                .withInit(false)
                .withPrivileged(false)
                .withAutoRemove(false);
        if (settings.runtime() != null && !settings.runtime().isBlank()) {
            host.withRuntime(settings.runtime());
        }
        try {
            return docker.createContainerCmd(settings.image())
                    .withUser(settings.user())
                    .withEnv(List.of())
                    .withNetworkDisabled(true)
                    .withHostName("sandbox")
                    .withWorkingDir("/tmp")
                    .withLabels(Map.of(LABEL, "true", NODE_LABEL, node))
                    .withStdinOpen(true)
                    .withStdInOnce(true)
                    .withAttachStdin(true)
                    .withAttachStdout(true)
                    .withAttachStderr(true)
                    .withTty(false)
                    .withHostConfig(host)
                    .exec()
                    .getId();
        } catch (NotFoundException e) {
            throw new SandboxUnavailableException("The sandbox image " + settings.image()
                    + " is missing: build it with sandbox-images/python/build-offline.sh", e);
        } catch (RuntimeException e) {
            throw new SandboxUnavailableException("The Docker engine at " + settings.dockerHost()
                    + " could not create a sandbox: " + e.getMessage(), e);
        }
    }

    /** Feeds the harness its input, waits for it to finish (at most the wall clock), and reads what happened. */
    private SandboxResult finish(AttachedContainer c, SandboxRequest request, long started) {
        Duration wall = request.wallClock().compareTo(settings.maxWallClock()) > 0 ? settings.maxWallClock() : request.wallClock();
        boolean timedOut = false;
        try {
            c.finishOnLine(request.doneMarker());
            c.stdin.feed(request.stdin());
            if (!c.awaitFinished(wall.toMillis())) {
                timedOut = true;
                kill(c.id);
                c.output.awaitCompletion(5, TimeUnit.SECONDS);
            }
            if (!timedOut && !c.flooded.get() && c.saidDone()) {
                // The program wrote its last line: the result is complete. Waiting for its process to exit and the
                // engine to close the streams would add tens of milliseconds; the container is removed off this path.
                return new SandboxResult(0, c.stdout.text(), c.stderr.text(), false, false, c.stdout.truncated(),
                        Duration.ofNanos(System.nanoTime() - started));
            }
            InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(c.id).exec().getState();
            if (Boolean.TRUE.equals(state.getRunning())) { // the streams closed early: wait for the exit itself
                docker.waitContainerCmd(c.id).start().awaitStatusCode(5, TimeUnit.SECONDS);
                state = docker.inspectContainerCmd(c.id).exec().getState();
            }
            Long exit = state.getExitCodeLong();
            return new SandboxResult(exit == null ? -1 : exit.intValue(), c.stdout.text(), c.stderr.text(), timedOut,
                    Boolean.TRUE.equals(state.getOOMKilled()), c.flooded.get() || c.stdout.truncated(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxUnavailableException("interrupted while the sandbox was running", e);
        } catch (NotFoundException e) {
            throw new SandboxUnavailableException("The sandbox container disappeared during a run (engine restart?)", e);
        } catch (RuntimeException e) {
            throw new SandboxUnavailableException("The Docker engine failed during a run: " + e.getMessage(), e);
        } finally {
            try {
                c.output.close();
            } catch (IOException e) {
                log.debug("closing the attach stream of {}", c.id, e);
            }
        }
    }

    /** Removal is off the critical path: the verdict does not wait for the engine to tear the container down. */
    private void removeLater(String id) {
        removals.execute(() -> remove(id));
    }

    @Override
    public synchronized void close() {
        if (maintenance != null) {
            maintenance.interrupt();
        }
        if (pool != null) {
            pool.close();
            pool = null;
        }
        delayed.shutdown();
        try {
            delayed.awaitTermination(5, TimeUnit.SECONDS); // the delayed teardowns still run, then the removals finish
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removals.shutdown();
        try {
            removals.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void kill(String id) {
        try {
            docker.killContainerCmd(id).exec();
        } catch (RuntimeException e) {
            log.debug("kill {}: {}", id, e.getMessage()); // it may have exited already
        }
    }

    @Override
    public void remove(String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // already gone
        } catch (RuntimeException e) {
            log.warn("Could not remove sandbox container {} (the janitor tries again): {}", id, e.getMessage());
        }
    }

    @Override
    public List<SandboxContainer> containers() {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(LABEL, "true")).exec().stream()
                .map(c -> new SandboxContainer(c.getId(), c.getLabels() == null ? "" : c.getLabels().getOrDefault(NODE_LABEL, ""),
                        Instant.ofEpochSecond(c.getCreated() == null ? 0 : c.getCreated()), "running".equals(c.getState())))
                .toList();
    }
}
