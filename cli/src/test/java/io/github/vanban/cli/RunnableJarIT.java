package io.github.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the shaded jar that {@code package} builds, {@code cli/target/vanban-cli.jar}, as a separate process
 * (run by failsafe after {@code package}): the manifest, the merged service files and the real rule sets.
 */
class RunnableJarIT {

    private static Path jar;

    @TempDir
    Path dir;

    record Process(int exit, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        Path local = Path.of("target", "vanban-cli.jar");
        String root = System.getProperty("vanban.root");
        jar = Files.isRegularFile(local) || root == null ? local : Path.of(root, "cli", "target", "vanban-cli.jar");
        assertThat(jar).as("the runnable jar built by package").isRegularFile();
    }

    private Process java(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("NO_COLOR", "1");
        java.lang.Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Process(p.exitValue(), out, Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void versionAndHelpRunFromTheJar() throws Exception {
        Process v = java("", "--version");
        assertThat(v.exit()).as(v.err()).isZero();
        assertThat(v.out()).startsWith("vanban 0.");
        Process h = java("", "check", "--help");
        assertThat(h.exit()).isZero();
        assertThat(h.out()).startsWith("Usage: vanban check");
        Process none = java("");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
    }

    @Test
    void theRuleSetsAreFoundInsideTheShadedJar() throws Exception {
        Process v = java("", "--version");
        assertThat(v.out()).contains("rule sets: nd30-2020");
        Process rules = java("", "rules", "--format", "json");
        assertThat(rules.exit()).as(rules.err()).isZero();
        JsonNode catalogue = JsonMapper.builder().build().readTree(rules.out());
        assertThat(catalogue.get("ruleSet").asString()).isEqualTo("nd30-2020");
        assertThat(catalogue.get("rules").size()).isGreaterThan(10);
    }

    @Test
    void aMissingFileIsAFailedDocumentInValidSarif() throws Exception {
        Process p = java("", "check", "--format", "sarif", dir.resolve("missing.txt").toString());
        assertThat(p.exit()).isEqualTo(2);
        assertThat(p.err()).contains("vanban: FAILED");
        assertThat(io.github.vanban.cli.internal.SarifSchema.validate(p.out())).isEmpty();
    }

    @Test
    void standardInputAsAJsonFilter() throws Exception {
        String doc = DocumentFormats.writeToString(TestDocuments.dispatch(7, "V/v rà soát thiết chế"), Format.JSON);
        Process p = java(doc, "check", "--format", "json", "--profile", "draft", "-");
        assertThat(p.exit()).as(p.err()).isIn(0, 1);
        JsonNode report = JsonMapper.builder().build().readTree(p.out());
        assertThat(report.get("source").asString()).isEqualTo("-");
        assertThat(report.get("status").asString()).isIn("VALID", "INVALID");
    }
}
