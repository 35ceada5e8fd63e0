package io.github.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesCommandTest {

    @Test
    void textListsEveryRuleWithSeverityPartClauseAndMessage() {
        CommandRun r = CommandRun.run("rules", "--rule-set", FakeRuleSets.ID);
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "T-SO  ERROR    Số, ký hiệu — Văn bản đã ban hành phải có số. [Phụ lục I, II.3]",
                "T-VV  WARNING  Trích yếu — Trích yếu công văn bắt đầu bằng \"V/v\". [Phụ lục I, II.5.b]");
        assertThat(r.err()).isEqualTo("vanban: 2 rules in " + FakeRuleSets.ID + System.lineSeparator());
    }

    @Test
    void jsonInEnglishIsOneObjectWithTheRules() {
        CommandRun r = CommandRun.run("rules", "--rule-set", FakeRuleSets.ID, "--format", "json", "--lang", "en");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode doc = JsonMapper.builder().build().readTree(r.out());
        assertThat(doc.get("ruleSet").asString()).isEqualTo(FakeRuleSets.ID);
        assertThat(doc.get("rules").size()).isEqualTo(2);
        JsonNode first = doc.get("rules").get(0);
        assertThat(first.get("id").asString()).isEqualTo("T-SO");
        assertThat(first.get("severity").asString()).isEqualTo("ERROR");
        assertThat(first.get("part").asString()).isEqualTo("Number");
        assertThat(first.get("clause").asString()).isEqualTo("Phụ lục I, II.3");
        assertThat(first.get("message").asString()).isEqualTo("An issued document has a number.");
    }

    @Test
    void anUnknownRuleSetIsBadUsage() {
        CommandRun r = CommandRun.run("rules", "--rule-set", "nope");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown rule set 'nope'");
    }
}
