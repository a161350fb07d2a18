package dev.pyprep.grading.queue;

import dev.pyprep.grading.judge.Grader;
import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class GradingConfig {

    @Bean
    Grader grader(Sandbox sandbox, SandboxSettings settings, JsonMapper json) {
        return new Grader(sandbox, settings, json);
    }
}
