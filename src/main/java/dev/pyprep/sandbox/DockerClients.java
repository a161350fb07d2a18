package dev.pyprep.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.time.Duration;

/** Connects to the engine named in the settings (a local socket by default). */
public final class DockerClients {

    private DockerClients() {
    }

    public static DockerClient connect(SandboxSettings settings) {
        var config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(settings.dockerHost()).build();
        var http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .maxConnections(64)
                .connectionTimeout(Duration.ofSeconds(3))
                .responseTimeout(Duration.ofMinutes(3))
                .build();
        return DockerClientImpl.getInstance(config, http);
    }
}
