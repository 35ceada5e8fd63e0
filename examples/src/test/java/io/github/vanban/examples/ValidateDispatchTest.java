package io.github.vanban.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Finding;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.Severity;
import io.github.vanban.validation.Status;
import io.github.vanban.validation.ValidationReport;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidateDispatchTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.forRuleSet("nd30-2020");

    @Test
    void theSampleDispatchPassesAsADraftWithoutAnyError() {
        ValidationReport report = VALIDATOR.validate(SampleDispatch.build(), Profile.DRAFT, Locale.ENGLISH);

        assertThat(report.status()).as(report.toText()).isEqualTo(Status.VALID);
        assertThat(report.findings(Severity.ERROR)).isEmpty();
        assertThat(report.ruleSetId()).isEqualTo("nd30-2020");
        assertThat(report.profile()).isEqualTo(Profile.DRAFT);
    }

    @Test
    void asAnIssuedDocumentItFailsOnExactlyTheBlankNumberAndTheBlankDay() {
        ValidationReport report = VALIDATOR.validate(SampleDispatch.build(), Profile.ISSUED, Locale.ENGLISH);

        assertThat(report.status()).isEqualTo(Status.INVALID);
        assertThat(report.findings()).as(report.toText())
                .extracting(Finding::ruleId, Finding::severity, Finding::pointer, Finding::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ND30-SO-01", Severity.ERROR, "/header/number/codeNumber",
                                "ND30-SO-01.blank"),
                        org.assertj.core.groups.Tuple.tuple("ND30-DATE-01", Severity.ERROR,
                                "/header/placeAndDate/issuedDate", "ND30-DATE-01.blankDay"));
        assertThat(report.findings().get(0).message())
                .isEqualTo("The number is blank (\"Số: /SKHCN-VP\"); an issued document must be numbered");
    }

    @Test
    void theProgramPrintsBothReportsInTheLanguageAskedFor() {
        String english = ValidateDispatch.run(Locale.ENGLISH);
        String vietnamese = ValidateDispatch.run(Locale.forLanguageTag("vi"));

        assertThat(english).startsWith("As a draft:\nVALID — nd30-2020 1.0, DRAFT, 0 error(s)")
                .contains("As an issued document:\nINVALID — nd30-2020 1.0, ISSUED, 2 error(s), 0 warning(s)")
                .contains("an issued document must be numbered");
        assertThat(vietnamese).contains("Chưa ghi số (\"Số: /SKHCN-VP\"); văn bản ban hành phải được đánh số")
                .contains("Ngày \"2023-02\" chưa đầy đủ");
    }
}
