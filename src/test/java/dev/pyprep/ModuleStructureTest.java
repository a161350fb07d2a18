package dev.pyprep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules (one per top-level package) only use each other's published API, have no cycles, and
 * their documentation (component diagrams and module canvases, linked from the README) is written on every build.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(PyPrepApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theModulesAreTheFeatures() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .containsExactlyInAnyOrder("account", "admin", "grading", "practice", "question", "sandbox", "screen", "system");
    }

    @Test
    void writesTheModuleDocumentation() throws Exception {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
        assertThat(Files.list(Path.of("target/spring-modulith-docs")).filter(p -> p.toString().endsWith(".adoc")).count())
                .isGreaterThanOrEqualTo(8);
    }
}
