package dev.pyprep.sandbox;

import com.github.dockerjava.api.DockerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SandboxConfig {

    private static final Logger log = LoggerFactory.getLogger(SandboxConfig.class);

    @Bean(destroyMethod = "close")
    DockerClient dockerClient(SandboxSettings settings) {
        return DockerClients.connect(settings);
    }

    @Bean
    SandboxNode sandboxNode(SandboxSettings settings) {
        SandboxNode node = SandboxNode.create(settings);
        log.info("This process is node {}", node.id());
        return node;
    }

    @Bean
    DockerSandbox sandbox(DockerClient docker, SandboxSettings settings, SandboxNode node) {
        return new DockerSandbox(docker, settings, node);
    }
}
