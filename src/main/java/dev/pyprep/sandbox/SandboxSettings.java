package dev.pyprep.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of every sandbox container. Memory is per challenge (see the question file); the rest applies to all.
 *
 * @param dockerHost     the engine to talk to; never mounted into a container
 * @param image          the sandbox image (sandbox-images/python)
 * @param runtime        an optional OCI runtime such as gVisor's {@code runsc}; blank for the engine default (runc)
 * @param nodeId         the first part of this process's node id (a random suffix is added per process); defaults to
 *                       the host name
 * @param shmSize        the size of /dev/shm (Docker's default is 64 MB)
 * @param seccompProfile a seccomp profile (JSON) sent with every container, so the filter is pinned rather than left
 *                       to the engine; by default the engine's own default profile as Debian ships it in
 *                       golang-github-docker-docker-dev. When the file is missing, the engine's built-in default
 *                       applies and the server says so once.
 * @param poolSize       warm containers kept ready per memory size; -1 = one per grading worker, 0 = none (every
 *                       grading starts a cold container)
 * @param poolMemoryMb   the memory sizes (MB) the pool keeps warm containers of; other sizes start cold
 * @param poolMaxAge     a warm container older than this is replaced
 * @param teardownDelay  how long after a run its container is removed and its warm replacement started, so that this
 *                       engine work (a good part of a CPU-second on 2 cores) comes after the verdict is stored and
 *                       answered rather than during the tests; a replacement starts at once when the pool is empty
 * @param buildMissingImage build the image at start when it is missing (offline with debootstrap, else online)
 * @param imageBuildDir  the folder with the sandbox image's Dockerfile and build-offline.sh
 * @param wallClockSlack time the server allows on top of the tests' own limits before it kills the container
 * @param maxWallClock   the hard ceiling for one container, whatever the tests ask for
 */
@ConfigurationProperties("pyprep.sandbox")
public record SandboxSettings(
        @DefaultValue("unix:///var/run/docker.sock") String dockerHost,
        @DefaultValue("pyprep-sandbox:latest") String image,
        @DefaultValue("") String runtime,
        @DefaultValue("") String nodeId,
        @DefaultValue("10001:10001") String user,
        @DefaultValue("1.0") double cpus,
        @DefaultValue("64") long pidsLimit,
        @DefaultValue("16MB") DataSize tmpfsSize,
        @DefaultValue("8MB") DataSize fileSizeLimit,
        @DefaultValue("64") long openFilesLimit,
        @DefaultValue("4MB") DataSize shmSize,
        @DefaultValue("/usr/share/gocode/src/github.com/docker/docker/profiles/seccomp/default.json") Path seccompProfile,
        @DefaultValue("-1") int poolSize,
        @DefaultValue("256") java.util.List<Integer> poolMemoryMb,
        @DefaultValue("3m") Duration poolMaxAge,
        @DefaultValue("250ms") Duration teardownDelay,
        @DefaultValue("true") boolean buildMissingImage,
        @DefaultValue("sandbox-images/python") Path imageBuildDir,
        @DefaultValue("10s") Duration wallClockSlack,
        @DefaultValue("120s") Duration maxWallClock,
        @DefaultValue("8MB") DataSize stdoutLimit,
        @DefaultValue("64KB") DataSize stderrLimit,
        @DefaultValue("64KB") DataSize printLimitPerTest) {

    /** The node id's first part: the configured one, or the host name. */
    public String nodeBase() {
        if (nodeId != null && !nodeId.isBlank()) {
            return nodeId;
        }
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "pyprep";
            }
        }
        return host;
    }
}
