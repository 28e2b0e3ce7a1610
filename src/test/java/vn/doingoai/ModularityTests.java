package vn.doingoai;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the modules' diagram is written to target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DoiNgoaiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() throws java.io.IOException {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        java.nio.file.Path diagram = java.nio.file.Path.of("target", "spring-modulith-docs", "components.puml");
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(diagram))
                .contains("\"Partner\"")
                .contains("\"Report\"");
    }
}
