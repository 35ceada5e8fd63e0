package io.github.vanban.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every module has a hand-written module-info; it exports no {@code internal} package, and the library modules
 * export every package that is not {@code internal} (ARCHITECTURE.md §1).
 */
class ModuleDescriptorTest {

    private static final List<String> MODULES = List.of("core", "validation", "formats", "cli", "examples");
    private static final List<String> LIBRARIES = List.of("core", "validation", "formats");

    @TestFactory
    Stream<DynamicTest> no_module_exports_an_internal_package() {
        return MODULES.stream().map(m -> DynamicTest.dynamicTest(m, () -> {
            ModuleDescriptor d = descriptor(m);
            assertThat(d.name()).isEqualTo("io.github.vanban." + m);
            assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
                    .noneMatch(ModuleDescriptorTest::isInternal);
            assertThat(d.opens()).filteredOn(o -> isInternal(o.source()))
                    .allSatisfy(o -> assertThat(o.isQualified()).as("internal %s opened to everyone", o.source()).isTrue());
        }));
    }

    @TestFactory
    Stream<DynamicTest> library_modules_export_every_package_that_is_not_internal() {
        return LIBRARIES.stream().map(m -> DynamicTest.dynamicTest(m, () -> {
            ModuleDescriptor d = descriptor(m);
            Set<String> api = d.packages().stream().filter(p -> !isInternal(p)).collect(Collectors.toCollection(TreeSet::new));
            Set<String> exported = d.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
            assertThat(exported).isEqualTo(api);
        }));
    }

    static boolean isInternal(String pkg) {
        return pkg.equals("internal") || pkg.contains(".internal.") || pkg.endsWith(".internal");
    }

    static ModuleDescriptor descriptor(String module) throws IOException {
        Path info = root().resolve(module).resolve("target/classes/module-info.class");
        assertThat(info).as("compiled module-info of %s", module).exists();
        try (InputStream in = Files.newInputStream(info)) {
            return ModuleDescriptor.read(in);
        }
    }

    static Path root() {
        return Path.of(System.getProperty("vanban.root", ".."));
    }
}
