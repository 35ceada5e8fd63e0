package io.github.vanban.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SarifReportWriterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static String write(DocumentOutcome... outcomes) {
        StringWriter s = new StringWriter();
        Outcomes.run(new SarifReportWriter(new PrintWriter(s), MAPPER, "9.9.9"), Outcomes.rules(), outcomes);
        return s.toString();
    }

    @Test
    void theLogIsValidSarif210() throws IOException {
        String sarif = write(Outcomes.invalid(), Outcomes.valid(), Outcomes.failed());
        assertThat(SarifSchema.validate(sarif)).isEmpty();
    }

    @Test
    void anEmptyRunIsValidSarifToo() throws IOException {
        assertThat(SarifSchema.validate(write())).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws IOException {
        assertThat(SarifSchema.validate("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}")).isNotEmpty();
    }

    @Test
    void rulesCarryHelpAndResultsCarryLocations() {
        JsonNode log = MAPPER.readTree(write(Outcomes.invalid(), Outcomes.failed()));
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("runs").size()).isEqualTo(1);
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("vanban");
        assertThat(driver.get("version").asString()).isEqualTo("9.9.9");
        JsonNode rule = driver.get("rules").get(1);
        assertThat(rule.get("id").asString()).isEqualTo("ND30-SO-02");
        assertThat(rule.get("help").get("text").asString()).isEqualTo("Viết 05, không viết 5.\nPhụ lục I, II.3.c");
        assertThat(rule.get("defaultConfiguration").get("level").asString()).isEqualTo("error");
        assertThat(driver.get("rules").get(2).get("id").asString()).isEqualTo(SarifReportWriter.READ_RULE);

        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(3);
        JsonNode number = results.get(0);
        assertThat(number.get("ruleId").asString()).isEqualTo("ND30-SO-02");
        assertThat(number.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(number.get("level").asString()).isEqualTo("error");
        assertThat(number.get("message").get("text").asString()).isEqualTo("Số nhỏ hơn 10 phải có số 0 ở trước. (05)");
        JsonNode physical = number.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asString())
                .isEqualTo("th%C6%B0%20m%E1%BB%A5c/c%C3%B4ng%20v%C4%83n%205.txt");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(4);
        assertThat(number.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName")
                .asString()).isEqualTo("/header/number/codeNumber");
        assertThat(results.get(1).get("level").asString()).isEqualTo("warning");
        assertThat(results.get(1).get("locations").get(0).get("physicalLocation").has("region")).isFalse();
        JsonNode failed = results.get(2);
        assertThat(failed.get("ruleId").asString()).isEqualTo(SarifReportWriter.READ_RULE);
        assertThat(failed.get("message").get("text").asString()).isEqualTo("xml.syntax: unexpected end of input");
        assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isFalse();
        assertThat(run.get("invocations").get(0).get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void artifactUris() {
        assertThat(SarifReportWriter.artifactUri("-")).isEqualTo("stdin");
        assertThat(SarifReportWriter.artifactUri("/tmp/a b.txt")).isEqualTo("file:///tmp/a%20b.txt");
        assertThat(SarifReportWriter.artifactUri("docs/a.json")).isEqualTo("docs/a.json");
    }
}
