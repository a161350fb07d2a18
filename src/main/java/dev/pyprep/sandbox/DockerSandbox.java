package dev.pyprep.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.api.model.Ulimit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Docker implementation: one fresh container per run, locked down (no network, read-only root, small tmpfs,
 * non-root user, no capabilities, no-new-privileges, memory = memory+swap, pids and CPU limits, ulimits, empty
 * environment, no host paths, never the Docker socket), killed at the wall-clock limit and always removed.
 */
public class DockerSandbox implements Sandbox {

    public static final String LABEL = "dev.pyprep.sandbox";
    public static final String NODE_LABEL = "dev.pyprep.node";

    private static final Logger log = LoggerFactory.getLogger(DockerSandbox.class);

    private final DockerClient docker;
    private final SandboxSettings settings;

    public DockerSandbox(DockerClient docker, SandboxSettings settings) {
        this.docker = docker;
        this.settings = settings;
    }

    @Override
    public boolean available() {
        try {
            docker.pingCmd().exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public SandboxResult run(SandboxRequest request) {
        long started = System.nanoTime();
        String id = create(request.memoryMb());
        try {
            return runCreated(id, request, started);
        } finally {
            remove(id);
        }
    }

    private String create(int memoryMb) {
        long memory = memoryMb * 1024L * 1024L;
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withReadonlyRootfs(true)
                .withTmpFs(Map.of("/tmp", "rw,nosuid,nodev,noexec,size=" + settings.tmpfsSize().toBytes()))
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withMemory(memory)
                .withMemorySwap(memory)
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
                    .withLabels(Map.of(LABEL, "true", NODE_LABEL, settings.node()))
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

    private SandboxResult runCreated(String id, SandboxRequest request, long started) {
        CappedBuffer stdout = new CappedBuffer(settings.stdoutLimit().toBytes());
        CappedBuffer stderr = new CappedBuffer(settings.stderrLimit().toBytes());
        AtomicBoolean flooded = new AtomicBoolean();
        ResultCallback.Adapter<Frame> attach = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                boolean fits = frame.getStreamType() == StreamType.STDERR
                        ? stderr.append(frame.getPayload()) : stdout.append(frame.getPayload());
                if (!fits && flooded.compareAndSet(false, true)) {
                    kill(id);
                }
            }
        };
        Duration wall = request.wallClock().compareTo(settings.maxWallClock()) > 0 ? settings.maxWallClock() : request.wallClock();
        boolean timedOut = false;
        try {
            docker.attachContainerCmd(id).withStdIn(new ByteArrayInputStream(request.stdin()))
                    .withStdOut(true).withStdErr(true).withFollowStream(true).exec(attach);
            attach.awaitStarted(10, TimeUnit.SECONDS);
            docker.startContainerCmd(id).exec();
            try {
                docker.waitContainerCmd(id).start().awaitStatusCode(wall.toMillis(), TimeUnit.MILLISECONDS);
            } catch (DockerClientException e) {
                timedOut = true; // awaitStatusCode gives up at the wall clock
                kill(id);
            }
            attach.awaitCompletion(5, TimeUnit.SECONDS);
            InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
            Long exit = state.getExitCodeLong();
            return new SandboxResult(exit == null ? -1 : exit.intValue(), stdout.text(), stderr.text(), timedOut,
                    Boolean.TRUE.equals(state.getOOMKilled()), flooded.get() || stdout.truncated(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxUnavailableException("interrupted while the sandbox was running", e);
        } catch (RuntimeException e) {
            throw new SandboxUnavailableException("The Docker engine failed during a run: " + e.getMessage(), e);
        } finally {
            try {
                attach.close();
            } catch (IOException e) {
                log.debug("closing the attach stream of {}", id, e);
            }
        }
    }

    private void kill(String id) {
        try {
            docker.killContainerCmd(id).exec();
        } catch (RuntimeException e) {
            log.debug("kill {}: {}", id, e.getMessage()); // it may have exited already
        }
    }

    private void remove(String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // already gone
        } catch (RuntimeException e) {
            log.warn("Could not remove sandbox container {} (the janitor removes it at the next start): {}", id, e.getMessage());
        }
    }

    /** Removes containers this node left behind (a crash or kill mid-run). Returns how many. */
    public int removeLeftovers() {
        var leftovers = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(LABEL, "true", NODE_LABEL, settings.node())).exec();
        leftovers.forEach(c -> remove(c.getId()));
        return leftovers.size();
    }
}
