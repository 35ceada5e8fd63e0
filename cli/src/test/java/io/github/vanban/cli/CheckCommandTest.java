package io.github.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path writeJson(String name, Integer number, String subject) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, DocumentFormats.writeToString(TestDocuments.dispatch(number, subject), Format.JSON));
        return p;
    }

    @Test
    void aMissingFileIsFailedWithExit2AndAMessageOnStderr() {
        Path missing = dir.resolve("khong-co.txt");
        CommandRun r = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, missing.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).contains(missing.toString()).contains("KHÔNG XỬ LÝ ĐƯỢC")
                .contains("io.not-found");
        assertThat(r.err()).contains("vanban: FAILED " + missing + ": no such file or directory");
    }

    @Test
    void aFailedDocumentInJsonHasStatusFailedAndTheReason() throws IOException {
        Path missing = dir.resolve("missing.json");
        CommandRun r = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "--format", "json",
                missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("source").asString()).isEqualTo(missing.toString());
        assertThat(report.get("status").asString()).isEqualTo("FAILED");
        assertThat(report.get("profile").asString()).isEqualTo("issued");
        assertThat(report.get("ruleSet").asString()).isEqualTo(FakeRuleSets.ID);
        assertThat(report.get("findings").size()).isZero();
        assertThat(report.get("diagnostics").get(0).get("code").asString()).isEqualTo("io.not-found");
    }

    @Test
    void sarifOfAFailedAndAValidRunIsValidAgainstTheSchema() throws IOException {
        Path missing = dir.resolve("missing.txt");
        CommandRun r = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "--format", "sarif",
                missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(io.github.vanban.cli.internal.SarifSchema.validate(r.out())).isEmpty();
        JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules").size()).isEqualTo(3);
        assertThat(run.get("results").get(0).get("ruleId").asString()).isEqualTo("VANBAN-READ");
    }

    @Test
    void sarifCarriesTheFindingsOfADocument() throws IOException {
        Path invalid = writeJson("so.json", null, "Về rà soát");
        CommandRun r = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "--format", "sarif",
                invalid.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(io.github.vanban.cli.internal.SarifSchema.validate(r.out())).isEmpty();
        JsonNode results = JSON.readTree(r.out()).get("runs").get(0).get("results");
        assertThat(results.size()).isEqualTo(2);
        assertThat(results.get(0).get("ruleId").asString()).isEqualTo("T-SO");
        assertThat(results.get(0).get("level").asString()).isEqualTo("error");
        assertThat(results.get(1).get("level").asString()).isEqualTo("warning");
    }

    @Test
    void anUnknownRuleSetIsBadUsage() {
        CommandRun r = CommandRun.run("check", "--rule-set", "nd99", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown rule set 'nd99'; available: " + FakeRuleSets.ID);
    }

    @Test
    void badOptionValuesAreBadUsage() {
        for (List<String> args : List.of(List.of("--format", "html"), List.of("--profile", "final"),
                List.of("--lang", "fr"), List.of("--input", "docx"))) {
            CommandRun r = CommandRun.run(concat(List.of("check"), args, List.of("x.txt")));
            assertThat(r.exit()).as(args + "\n" + r).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("Invalid value for option '" + args.get(0) + "'");
        }
    }

    @Test
    void standardInputCanBeReadOnlyOnce() {
        CommandRun r = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "-", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("standard input (-) can be read only once");
    }

    @Test
    void withoutAPathItIsBadUsage() {
        CommandRun r = CommandRun.run("check");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'PATH'");
    }

    @Test
    void severalDocumentsEndWithASummaryOnStderrAndKeepInputOrder() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "");
        Files.writeString(dir.resolve("a.txt"), "");
        Files.writeString(dir.resolve("notes.md"), "not a document");
        CommandRun r = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "--format", "json",
                dir.toString(), dir.resolve("nope.xml").toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).get("source").asString()).endsWith("a.txt");
        assertThat(JSON.readTree(lines.get(1)).get("source").asString()).endsWith("b.txt");
        assertThat(JSON.readTree(lines.get(2)).get("source").asString()).endsWith("nope.xml");
        assertThat(r.err()).containsPattern("vanban: 3 documents: \\d+ valid, \\d+ invalid, \\d+ failed in "
                + "\\d+\\.\\d\\d s");
        assertThat(r.err()).contains("vanban: FAILED " + dir.resolve("nope.xml"));
        assertThat(r.exit()).isEqualTo(2);
    }

    @Test
    void onATerminalABatchDrawsAProgressBarOnStderrAndColoursTheReport() throws IOException {
        writeJson("a/1.json", 1, "V/v một");
        writeJson("a/2.json", null, "V/v hai");
        CommandRun r = CommandRun.onTerminal("check", "--rule-set", FakeRuleSets.ID, dir.resolve("a").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("\r[###############               ] 1/2")
                .contains("\r[##############################] 2/2")
                .containsPattern("vanban: 2 documents: 1 valid, 1 invalid, 0 failed in \\d+\\.\\d\\d s\\R$");
        assertThat(r.out()).contains("\u001B[31mERROR  \u001B[0m").doesNotContain("\r");
    }

    @Test
    void aSingleDocumentHasNoSummaryLine() throws IOException {
        Path one = writeJson("one.json", 3, "V/v ba");
        CommandRun r = CommandRun.onTerminal("check", "--rule-set", FakeRuleSets.ID, one.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aValidDocumentExits0AndAnInvalidOneExits1() throws IOException {
        Path valid = writeJson("ok.json", 7, "V/v rà soát thiết chế văn hóa");
        Path invalid = writeJson("blank.json", null, "Về rà soát thiết chế văn hóa");

        CommandRun ok = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, valid.toString());
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains(valid.toString()).contains("HỢP LỆ").contains("không có phát hiện nào");
        assertThat(ok.err()).isEmpty();

        CommandRun bad = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "--lang", "en", invalid.toString());
        assertThat(bad.exit()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.out()).contains("INVALID").contains("1 error, 1 warning")
                .contains("ERROR    T-SO  An issued document has a number.")
                .contains("WARNING  T-VV  A dispatch subject starts with \"V/v\".")
                .contains("basis: Phụ lục I, II.3")
                .contains("fix: V/v Về rà soát thiết chế văn hóa");

        CommandRun draft = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "--profile", "draft",
                invalid.toString());
        assertThat(draft.exit()).as(draft.toString()).isZero();
        assertThat(draft.out()).contains("draft").doesNotContain("T-SO").contains("T-VV");
    }

    @Test
    void jsonReportCarriesEveryFindingField() throws IOException {
        Path invalid = writeJson("blank.json", null, "Về rà soát");
        CommandRun r = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "--format", "json",
                invalid.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines().count()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("status").asString()).isEqualTo("INVALID");
        assertThat(report.get("inputFormat").asString()).isEqualTo("json");
        JsonNode f = report.get("findings").get(0);
        assertThat(f.get("ruleId").asString()).isEqualTo("T-SO");
        assertThat(f.get("severity").asString()).isEqualTo("ERROR");
        assertThat(f.get("pointer").asString()).isEqualTo("/header/number/codeNumber");
        assertThat(f.get("part").asString()).isEqualTo("Số, ký hiệu");
        assertThat(f.has("line")).isTrue();
        assertThat(f.get("message").asString()).isEqualTo("Văn bản đã ban hành phải có số.");
        assertThat(f.get("basis").asString()).isEqualTo("Phụ lục I, II.3");
        assertThat(f.get("fix").isNull()).isTrue();
        assertThat(report.get("findings").get(1).get("fix").asString()).isEqualTo("V/v Về rà soát");
    }

    @Test
    void standardInputWithJsonWorksAsAFilter() throws IOException {
        Path doc = writeJson("in.json", null, "V/v kiểm tra");
        CommandRun r = CommandRun.withStdin(Files.readString(doc), "check", "--rule-set", FakeRuleSets.ID,
                "--format", "json", "-");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("source").asString()).isEqualTo("-");
        assertThat(report.get("findings").get(0).get("ruleId").asString()).isEqualTo("T-SO");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void forcingTheWrongInputFormatFailsTheDocument() throws IOException {
        Path doc = writeJson("in.json", 3, "V/v kiểm tra");
        CommandRun r = CommandRun.run("check", "--rule-set", FakeRuleSets.ID, "--input", "xml", "--format",
                "json", doc.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(JSON.readTree(r.out()).get("status").asString()).isEqualTo("FAILED");
    }

    @SafeVarargs
    private static String[] concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toArray(String[]::new);
    }
}
