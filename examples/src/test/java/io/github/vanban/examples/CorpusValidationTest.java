package io.github.vanban.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Finding;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.Status;
import io.github.vanban.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reads every document of the real corpus ({@code ../shared/corpus}) with the text reader and validates it with
 * {@code nd30-2020}: no rule may fail on real, messy input, and the counts of findings per rule are printed (the
 * corpus is OCR'd and markdown-stained, so findings are expected; the counts show where rules fire).
 */
class CorpusValidationTest {

    @Test
    void everyCorpusDocumentValidatesWithoutAProcessingFailure() throws IOException {
        Path corpus = Path.of(System.getProperty("vanban.shared", "../shared"), "corpus");
        assumeTrue(Files.isRegularFile(corpus.resolve("INDEX.tsv")), "the shared corpus is absent: " + corpus);
        DocumentValidator validator = DocumentValidator.forRuleSet("nd30-2020");
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int read = 0;
        int valid = 0;
        for (String line : Files.readAllLines(corpus.resolve("INDEX.tsv")).subList(1, Files.readAllLines(
                corpus.resolve("INDEX.tsv")).size())) {
            String file = line.split("\t")[0];
            ReadResult result = DocumentFormats.read(corpus.resolve(file), Format.TEXT);
            if (result.document() == null) {
                continue;
            }
            read++;
            ValidationReport report = validator.validate(result.document(), Profile.ISSUED, Locale.ENGLISH);
            if (report.status() == Status.FAILED) {
                failures.add(file + ": " + report.failure());
            }
            if (report.status() == Status.VALID) {
                valid++;
            }
            if (System.getenv("VANBAN_CORPUS_DETAILS") != null) { // set it to see every finding
                report.findings().forEach(f -> System.out.println("DETAIL " + file + " " + f));
            }
            for (String id : report.findings().stream().map(Finding::ruleId).distinct().toList()) {
                byRule.merge(id, 1, Integer::sum);
            }
        }
        System.out.println("corpus: " + read + " documents read, " + valid + " VALID as ISSUED; documents per rule: "
                + byRule);
        assertThat(failures).isEmpty();
        assertThat(read).isPositive();
    }
}
