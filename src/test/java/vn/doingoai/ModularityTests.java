package vn.doingoai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: every module declares the modules it may depend on (its {@code
 * allowedDependencies} in its package-info), so that {@link ApplicationModules#verify()} refuses an
 * arrow the wrong way; and the modules' diagram is written to target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DoiNgoaiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresTheModulesItMayDependOn() {
        assertThat(modules.stream()).hasSizeGreaterThan(20);
        modules.forEach(module -> assertThat(module.getBasePackage()
                        .getAnnotation(ApplicationModule.class)
                        .map(ApplicationModule::allowedDependencies))
                .as(module.getIdentifier() + " declares its allowedDependencies")
                .hasValueSatisfying(allowed -> assertThat(allowed).doesNotContain(ApplicationModule.OPEN_TOKEN)));
    }

    @Test
    void anArrowTheWrongWayIsRefused() {
        ApplicationModules fixture = ApplicationModules.of("arrows", location -> true);
        assertThat(fixture.stream()).hasSize(2);
        assertThatThrownBy(fixture::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Module 'kernel' depends on module 'feature'");
    }

    @Test
    void writesTheModuleDiagram() throws java.io.IOException {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path diagram = Path.of("target", "spring-modulith-docs", "components.puml");
        assertThat(Files.readString(diagram)).contains("\"Partner\"").contains("\"Report\"");
    }
}
