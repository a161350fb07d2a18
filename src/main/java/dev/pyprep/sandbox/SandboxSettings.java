package dev.pyprep.sandbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of every sandbox container. Memory is per challenge (see the question file); the rest applies to all.
 *
 * @param dockerHost     the engine to talk to; never mounted into a container
 * @param image          the sandbox image (sandbox-images/python)
 * @param runtime        an optional OCI runtime such as gVisor's {@code runsc}; blank for the engine default
 * @param nodeId         names this server's containers and leases; defaults to the host name
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
        @DefaultValue("10s") Duration wallClockSlack,
        @DefaultValue("120s") Duration maxWallClock,
        @DefaultValue("8MB") DataSize stdoutLimit,
        @DefaultValue("64KB") DataSize stderrLimit,
        @DefaultValue("64KB") DataSize printLimitPerTest) {

    public String node() {
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
