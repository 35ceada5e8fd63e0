package io.github.vanban.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the test vectors of {@code src/test/resources/vectors}: each vector must raise exactly the rule ids it
 * names under "raise" and none of those under "not", with every message placeholder filled in both languages.
 */
class RuleVectorsTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.forRuleSet("nd30-2020");
    private static final List<VectorDocuments.Vector> VECTORS = RuleVectorsTestData.all();

    @TestFactory
    Stream<DynamicTest> vectors() {
        return VECTORS.stream().map(v -> DynamicTest.dynamicTest(v.file() + " " + v.name(), () -> {
            ValidationReport vi = VALIDATOR.validate(v.document(), v.profile(), Locale.forLanguageTag("vi"));
            ValidationReport en = VALIDATOR.validate(v.document(), v.profile(), Locale.ENGLISH);
            Set<String> raised = new TreeSet<>(vi.ruleIds());
            assertThat(raised).as(v.name() + "\n" + en.toText()).isEqualTo(new TreeSet<>(v.raise()));
            assertThat(v.not()).as(v.name()).allMatch(id -> !raised.contains(id));
            assertThat(en.ruleIds()).isEqualTo(vi.ruleIds());
            for (ValidationReport r : List.of(vi, en)) {
                assertThat(r.status()).isEqualTo(r.findings(Severity.ERROR).isEmpty() ? Status.VALID : Status.INVALID);
                for (Finding f : r.findings()) {
                    assertThat(f.message()).as(f.messageKey()).doesNotContain("{").doesNotContain("}")
                            .doesNotContain(f.messageKey());
                }
            }
        }));
    }

    @Test
    void everyRuleHasAPositiveAndANegativeVector() {
        Set<String> rules = VALIDATOR.ruleSet().rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> positive = VECTORS.stream().flatMap(v -> v.raise().stream()).collect(Collectors.toSet());
        Set<String> negative = VECTORS.stream().flatMap(v -> v.not().stream()).collect(Collectors.toSet());
        assertThat(rules.stream().filter(r -> !positive.contains(r)).toList()).as("rules without a positive vector")
                .isEmpty();
        assertThat(rules.stream().filter(r -> !negative.contains(r)).toList()).as("rules without a negative vector")
                .isEmpty();
        assertThat(positive).as("vectors naming unknown rules").isSubsetOf(rules);
        assertThat(negative).isSubsetOf(rules);
    }
}
