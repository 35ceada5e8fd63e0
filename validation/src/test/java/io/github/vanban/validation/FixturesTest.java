package io.github.vanban.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class FixturesTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.forRuleSet("nd30-2020");

    @TestFactory
    Stream<DynamicTest> everyBaseDocumentIsClean() {
        return Fixtures.BASES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    ValidationReport report = VALIDATOR.validate(e.getValue().get(), Profile.ISSUED, Locale.ENGLISH);
                    assertThat(report.findings()).as(report.toText()).isEmpty();
                    assertThat(report.status()).isEqualTo(Status.VALID);
                }));
    }
}
