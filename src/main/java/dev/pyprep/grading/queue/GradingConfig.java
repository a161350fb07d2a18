package dev.pyprep.grading.queue;

import dev.pyprep.grading.judge.Grader;
import dev.pyprep.grading.judge.ValueJson;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import dev.pyprep.sandbox.Sandbox;
import dev.pyprep.sandbox.SandboxSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration
class GradingConfig {

    /** Test values may be long integers (up to the 4,300 digits Python prints): every JSON reader allows them. */
    @Bean
    JsonFactoryBuilderCustomizer valueLimits() {
        return factory -> factory.streamReadConstraints(ValueJson.CONSTRAINTS);
    }

    @Bean
    Grader grader(Sandbox sandbox, SandboxSettings settings, JsonMapper json) {
        return new Grader(sandbox, settings, json);
    }
}
