package io.github.vanban.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rules of {@link ModuleDependencyTest} report a fixture that breaks them, so they can fail. */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE = "io.github.vanban.architecture.fixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void core_using_another_module_is_reported() {
        assertThat(ModuleDependencyTest.coreIsSelfContained(FIXTURE).evaluate(CLASSES).hasViolation()).isTrue();
    }

    @Test
    void validation_importing_formats_is_reported() {
        assertThat(ModuleDependencyTest.validationIgnoresFormats(FIXTURE).evaluate(CLASSES).hasViolation()).isTrue();
    }

    @Test
    void internal_package_used_from_outside_is_reported() {
        assertThat(ModuleDependencyTest.internalStaysInside(FIXTURE, "formats").evaluate(CLASSES).hasViolation()).isTrue();
        assertThat(ModuleDependencyTest.internalStaysInside(FIXTURE, "validation").evaluate(CLASSES).hasViolation())
                .isFalse();
    }
}
