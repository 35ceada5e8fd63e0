package io.github.vanban.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The dependency directions between the Vanban modules (ARCHITECTURE.md §1): core depends on nothing of Vanban
 * and only on the JDK, Jakarta Validation and JSpecify; validation and formats depend on core and never on each
 * other; nothing depends on cli or examples; {@code internal} packages are used only inside their own module.
 */
class ModuleDependencyTest {

    static final String ROOT = "io.github.vanban";
    static final List<String> MODULES = List.of("core", "validation", "formats", "cli", "examples", "benchmarks");

    private static JavaClasses vanban;

    @BeforeAll
    static void importClasses() {
        vanban = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void the_production_classes_of_core_validation_and_formats_are_imported() {
        for (String module : List.of("core", "validation", "formats")) {
            assertThat(vanban.stream().filter(c -> c.getPackageName().startsWith(ROOT + "." + module)))
                    .as(module).isNotEmpty();
        }
        assertThat(vanban.stream().filter(c -> c.getName().endsWith("Test"))).isEmpty();
    }

    @Test
    void core_depends_only_on_the_jdk_jakarta_validation_and_jspecify() {
        coreIsSelfContained(ROOT).check(vanban);
    }

    /**
     * @param root the package that holds the modules
     * @return the rule that core depends on nothing but itself, the JDK, Jakarta Validation and JSpecify
     */
    static ArchRule coreIsSelfContained(String root) {
        return classes().that().resideInAPackage(root + ".core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".core..", "java..", "jakarta.validation..",
                        "org.jspecify..");
    }

    /**
     * @param root the package that holds the modules
     * @return the rule that validation never imports formats
     */
    static ArchRule validationIgnoresFormats(String root) {
        return noClasses().that().resideInAPackage(root + ".validation..")
                .should().dependOnClassesThat().resideInAPackage(root + ".formats..");
    }

    /**
     * @param root the package that holds the modules
     * @param module a module, e.g. "formats"
     * @return the rule that the module's internal packages are used only inside it
     */
    static ArchRule internalStaysInside(String root, String module) {
        return noClasses().that().resideOutsideOfPackage(root + "." + module + "..")
                .should().dependOnClassesThat().resideInAPackage(root + "." + module + "..internal..")
                .allowEmptyShould(true);
    }

    @Test
    void modules_depend_only_in_the_directions_of_the_house_plan() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy(ROOT + ".core..")
                .layer("validation").definedBy(ROOT + ".validation..")
                .layer("formats").definedBy(ROOT + ".formats..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("examples").definedBy(ROOT + ".examples..")
                .layer("benchmarks").definedBy(ROOT + ".benchmarks..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("examples").mayNotBeAccessedByAnyLayer()
                .whereLayer("benchmarks").mayNotBeAccessedByAnyLayer()
                .whereLayer("validation").mayOnlyBeAccessedByLayers("cli", "examples", "benchmarks")
                .whereLayer("formats").mayOnlyBeAccessedByLayers("cli", "examples", "benchmarks")
                .whereLayer("core").mayOnlyBeAccessedByLayers("validation", "formats", "cli", "examples", "benchmarks")
                .withOptionalLayers(true)
                .check(vanban);
    }

    @Test
    void validation_and_formats_never_import_each_other() {
        validationIgnoresFormats(ROOT).check(vanban);
        noClasses().that().resideInAPackage(ROOT + ".formats..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".validation..").check(vanban);
    }

    @Test
    void nothing_depends_on_cli_or_examples() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..").allowEmptyShould(true).check(vanban);
        noClasses().that().resideOutsideOfPackage(ROOT + ".examples..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".examples..").allowEmptyShould(true)
                .check(vanban);
    }

    @TestFactory
    List<DynamicTest> internal_packages_are_used_only_inside_their_module() {
        return MODULES.stream().map(module -> DynamicTest.dynamicTest(module,
                () -> internalStaysInside(ROOT, module).check(vanban))).toList();
    }
}
