package io.github.vanban.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Finding;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The seed công văn, read from plain text and validated: its real faults are reported at their lines — the lost
 * header (by the reader), "- Sở Nội vụ (để theo dõi)" without ";" and "…các PGĐ Sở;;" with a doubled ";" (by the
 * validation of the recipients, whose punctuation the reader keeps as written).
 */
class SeedTextValidationTest {

    @Test
    void theSeedsRealFaultsAreReportedAtTheirLines() {
        Path seed = Path.of(System.getProperty("vanban.shared", "../shared"), "seed", "cong-van-skhcn-hung-yen-2023.txt");
        assumeTrue(Files.isRegularFile(seed), "the seed is not at " + seed + "; skipped");
        ReadResult read = DocumentFormats.read(seed, Format.TEXT);
        ValidationReport report = DocumentValidator.forRuleSet("nd30-2020").validate(read.document(), Profile.DRAFT,
                Locale.ENGLISH);
        assertThat(read.diagnostics()).extracting(Diagnostic::code)
                .contains("text.header-missing", "text.national-title-missing");
        assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.pointer() + " line "
                + read.lineOf(f.pointer())).contains(
                "ND30-CQ-01 /header/issuer line 3",
                "ND30-NN-02 /closing/recipients/toPlaces/1 line 30",
                "ND30-NN-02 /closing/recipients/toPlaces/2 line 31");
        Finding doubled = report.findings().stream()
                .filter(f -> f.pointer().equals("/closing/recipients/toPlaces/2")).findFirst().orElseThrow();
        assertThat(doubled.message()).contains("các PGĐ Sở;;");
    }
}
