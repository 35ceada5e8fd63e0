package io.github.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.cli.internal.SarifSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command with the real rule set nd30-2020 and the real text reader, on the README's sample dispatch
 * (examples/samples/cong-van-mau.txt): its four faults are the README's output.
 */
class RealRuleSetTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String sample;

    @BeforeAll
    static void locateSample() {
        Path p = Path.of(System.getProperty("vanban.root", ".."), "examples", "samples", "cong-van-mau.txt");
        assertThat(p).isRegularFile();
        sample = p.toString();
    }

    private static CommandRun real(String stdin, String... args) {
        return CommandRun.run(ValidationRuleSets.load(), stdin, args);
    }

    @Test
    void theCatalogueOfNd30IsListed() {
        CommandRun r = real("", "rules");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ND30-SO-02").contains("Số, ký hiệu");
        assertThat(r.err()).matches("vanban: \\d+ rules in nd30-2020\\R");
    }

    @Test
    void theSampleDispatchHasItsFourFaultsAtTheirLines() {
        CommandRun r = real("", "check", "--format", "json", sample);
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("status").asString()).isEqualTo("INVALID");
        assertThat(report.get("inputFormat").asString()).isEqualTo("text");
        List<String> found = report.get("findings").valueStream()
                .map(f -> f.get("ruleId").asString() + "@" + f.get("line").asInt()).toList();
        assertThat(found).containsExactly("ND30-SO-02@4", "ND30-DATE-02@4", "ND30-NN-02@21", "ND30-NN-03@22");
        assertThat(report.get("findings").get(0).get("fix").asString()).isEqualTo("07");
    }

    @Test
    void theTextReportOfTheSampleShowsLinesMessagesClausesAndFixes() {
        CommandRun r = real("", "check", "--lang", "en", sample);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith(sample + "  INVALID  nd30-2020 · issued · text  4 errors, 0 warnings")
                .contains("line 4   ERROR    ND30-SO-02").contains("fix: 07")
                .contains("line 22  ERROR    ND30-NN-03").contains("fix: - Lưu: VT, TH.");
    }

    @Test
    void theSarifOfTheSampleWithTheWholeCatalogueIsValid() throws IOException {
        CommandRun r = real("", "check", "--format", "sarif", sample);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(SarifSchema.validate(r.out())).isEmpty();
        JsonNode result = JSON.readTree(r.out()).get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asString()).isEqualTo("ND30-SO-02");
        assertThat(result.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(4);
    }

    @Test
    void theSampleFromStandardInputAsAJsonFilter() throws IOException {
        CommandRun r = real(Files.readString(Path.of(sample)), "check", "--format", "json", "--profile", "draft",
                "-");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("source").asString()).isEqualTo("-");
        assertThat(report.get("profile").asString()).isEqualTo("draft");
    }

    @Test
    void theCorpusIsCheckedWithASummaryAndNoFailedDocument() throws IOException {
        Path corpus = Path.of(System.getProperty("vanban.shared", "../../shared"), "corpus", "raw");
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus + " (../shared is not beside the checkout)");
        long files;
        try (var walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).count();
        }
        CommandRun r = real("", "check", "--format", "json", corpus.toString());
        List<JsonNode> reports = r.out().lines().map(JSON::readTree).toList();
        assertThat(reports).hasSize((int) files);
        assertThat(reports).allSatisfy(rep -> assertThat(rep.get("status").asString())
                .as(rep.get("source").asString()).isNotEqualTo("FAILED"));
        assertThat(r.err()).containsPattern("vanban: " + files + " documents: \\d+ valid, \\d+ invalid, 0 failed in ");
        assertThat(r.exit()).isIn(0, 1);
    }
}
