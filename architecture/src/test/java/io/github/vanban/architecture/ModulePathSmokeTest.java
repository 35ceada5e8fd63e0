package io.github.vanban.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user on the module path can use the public API: the built modules are started with {@code java
 * --module-path} in a fresh JVM, never on the class path, so a missing export, a missing {@code requires} or a
 * resource that cannot be read from a named module fails here.
 */
class ModulePathSmokeTest {

    /** What a test run puts on its class path and a user's application would not have. */
    private static final Pattern TEST_ONLY = Pattern.compile(
            ".*(test-classes|junit|opentest4j|apiguardian|assertj|quicktheories|archunit|byte-buddy|slf4j|surefire).*");

    @Test
    void the_sample_dispatch_runs_as_a_named_module_on_the_module_path() throws Exception {
        Result r = run(List.of("--module-path", modulePath(), "--module",
                "io.github.vanban.examples/io.github.vanban.examples.SampleDispatch"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Số, ký hiệu:           Số: /SKHCN-VP").contains("Người soạn thảo:       XT");
    }

    @Test
    void core_alone_resolves_with_only_its_two_dependencies(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("Smoke.java");
        Files.writeString(source, String.join("\n",
                "import io.github.vanban.core.component.DocumentNumber;",
                "import io.github.vanban.core.document.DocumentType;",
                "import io.github.vanban.core.reference.AdministrativeUnits;",
                "import io.github.vanban.core.text.VietnameseText;",
                "public class Smoke {",
                "  public static void main(String[] a) throws Exception {",
                "    System.out.println(DocumentNumber.parse(\"Số: 05/BNV-VP\").groups());",
                "    System.out.println(DocumentType.fromAbbreviation(\"QyĐ\").orElseThrow());",
                "    System.out.println(AdministrativeUnits.standard().province(\"Hoà Bình\",",
                "        java.time.LocalDate.of(2023, 2, 1)).orElseThrow().code());",
                "    System.out.println(VietnameseText.sameWords(\"Hòa\", \"Hoà\"));",
                "    System.out.println(DocumentType.class.getModule().getName());",
                "  }",
                "}"), StandardCharsets.UTF_8);
        String corePath = Arrays.stream(classPath()).filter(e -> e.contains("core" + File.separator + "target")
                || e.contains("jakarta.validation-api") || e.contains("jspecify")).collect(Collectors.joining(File.pathSeparator));
        Result r = run(List.of("--module-path", corePath, "--add-modules", "io.github.vanban.core", source.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("[BNV, VP]", "QUY_DINH", "17", "true", "io.github.vanban.core");
    }

    private static String modulePath() {
        return Arrays.stream(classPath()).filter(e -> !TEST_ONLY.matcher(e).matches())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String[] classPath() {
        return System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator));
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
