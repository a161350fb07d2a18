package dev.pyprep.sandbox;

import com.github.dockerjava.api.DockerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration
class SandboxConfig {

    private static final Logger log = LoggerFactory.getLogger(SandboxConfig.class);

    @Bean(destroyMethod = "close")
    DockerClient dockerClient(SandboxSettings settings) {
        return DockerClients.connect(settings);
    }

    @Bean
    DockerSandbox sandbox(DockerClient docker, SandboxSettings settings) {
        return new DockerSandbox(docker, settings);
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeLeftovers(ApplicationReadyEvent event) {
        DockerSandbox sandbox = event.getApplicationContext().getBean(DockerSandbox.class);
        if (!sandbox.available()) {
            log.warn("The Docker engine is not reachable: submissions will wait in the queue until it is");
            return;
        }
        int removed = sandbox.removeLeftovers();
        if (removed > 0) {
            log.info("Removed {} sandbox containers left over from an earlier run", removed);
        }
    }
}
