package io.github.vanban.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.OfficialDispatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static final DocumentValidator VALIDATOR = DocumentValidator.forRuleSet("nd30-2020");

    private static OfficialDispatch numbered(String number) {
        OfficialDispatch base = Fixtures.dispatch();
        return new OfficialDispatch(base.header().toBuilder().number(new DocumentNumber(number, "SKHCN-VP")).build(),
                base.body(), base.closing());
    }

    @Test
    void aFindingCarriesEverythingAUserActsOn() {
        ValidationReport report = VALIDATOR.validate(numbered("5"), Profile.ISSUED, Locale.ENGLISH);

        assertThat(report.status()).isEqualTo(Status.INVALID);
        assertThat(report.locale()).isEqualTo("en");
        assertThat(report.findings()).containsExactly(Finding.builder().ruleId("ND30-SO-02").severity(Severity.ERROR)
                .pointer("/header/number/codeNumber").part(DocumentPart.NUMBER).messageKey("ND30-SO-02.form")
                .arguments(Map.of("number", "5", "expected", "05")).message("Number \"5\" must be written \"05\"")
                .clause("Phụ lục I, II.3.c").suggestedFix("05").build());
    }

    @Test
    void vietnameseIsTheDefaultAndNeverTheJvmDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            ValidationReport byDefault = DocumentValidator.forRuleSet("nd30-2020").validate(numbered("5"));
            assertThat(byDefault.locale()).isEqualTo("vi");
            assertThat(byDefault.findings().get(0).message()).isEqualTo("Số \"5\" phải ghi là \"05\"");

            Locale.setDefault(Locale.forLanguageTag("vi-VN"));
            ValidationReport english = DocumentValidator.forRuleSet("nd30-2020")
                    .validate(numbered("5"), Profile.ISSUED, Locale.ENGLISH);
            assertThat(english.findings().get(0).message()).isEqualTo("Number \"5\" must be written \"05\"");
            ValidationReport french = DocumentValidator.forRuleSet("nd30-2020")
                    .validate(numbered("5"), Profile.ISSUED, Locale.FRENCH);
            assertThat(french.findings().get(0).message()).isEqualTo("Number \"5\" must be written \"05\"");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreNeverInterpolatedAgain() {
        OfficialDispatch base = Fixtures.dispatch();
        OfficialDispatch doc = new OfficialDispatch(base.header().toBuilder().subject("Về {number} ${1+1} \\x").build(),
                base.body(), base.closing());

        Finding f = VALIDATOR.validate(doc, Profile.ISSUED, Locale.ENGLISH).findings().get(0);

        assertThat(f.ruleId()).isEqualTo("ND30-TL-03");
        assertThat(f.message()).isEqualTo("Subject \"Về {number} ${1+1} \\x\" must start with \"V/v \"");
    }

    @Test
    void structuralConstraintsOfTheModelAreReportedWithJsonNames() {
        OfficialDispatch base = Fixtures.dispatch();
        OfficialDispatch doc = new OfficialDispatch(base.header(), base.body(), new Closing(base.closing().signature(),
                base.closing().recipients(), new DrafterMark("XT", 0), null));

        ValidationReport report = VALIDATOR.validate(doc, Profile.DRAFT, Locale.ENGLISH);

        assertThat(report.findings()).filteredOn(f -> f.ruleId().equals(DocumentValidator.STRUCTURE_RULE_ID))
                .singleElement().satisfies(f -> {
                    assertThat(f.pointer()).isEqualTo("/closing/drafterMark/promulgationAmount");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.arguments()).containsEntry("constraint", "Min").containsEntry("value", "0");
                });
        assertThat(report.status()).isEqualTo(Status.INVALID);
    }

    @Test
    void aProcessingFailureIsNeverValid() {
        RuleSet broken = RuleSet.builder("broken").validity(LocalDate.of(2020, 1, 1), null)
                .rule(Rule.builder().id("X-01").severity(Severity.INFO).build(), (doc, ctx) -> {
                    throw new IllegalStateException("boom");
                }).build();

        ValidationReport report = DocumentValidator.of(broken).validate(Fixtures.dispatch(), Profile.ISSUED, Locale.ENGLISH);

        assertThat(report.status()).isEqualTo(Status.FAILED);
        assertThat(report.isValid()).isFalse();
        assertThat(report.failure()).contains("boom");
        assertThat(VALIDATOR.validate(null).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void reportsRefuseInconsistentStatuses() {
        Finding error = Finding.builder().ruleId("X").severity(Severity.ERROR).message("m").build();
        assertThatThrownBy(() -> new ValidationReport(Status.VALID, "s", "1", Profile.ISSUED, "vi", List.of(error), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValidationReport(Status.FAILED, "s", "1", Profile.ISSUED, "vi", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneValidatorSharedByEightThreadsGivesIdenticalReports() throws Exception {
        List<VectorDocuments.Vector> all = RuleVectorsTestData.all();
        List<VectorDocuments.Vector> vectors = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 2) {
            vectors.add(all.get(i)); // every other vector keeps the test quick on a shared 2-core machine
        }
        List<ValidationReport> expected = new ArrayList<>();
        for (VectorDocuments.Vector v : vectors) {
            expected.add(VALIDATOR.validate(v.document(), v.profile(), Locale.ENGLISH));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ValidationReport>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int seed = t;
                futures.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < vectors.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new java.util.Random(seed));
                    ValidationReport[] out = new ValidationReport[vectors.size()];
                    for (int i : order) {
                        VectorDocuments.Vector v = vectors.get(i);
                        out[i] = VALIDATOR.validate(v.document(), v.profile(), seed % 2 == 0 ? Locale.ENGLISH
                                : Locale.forLanguageTag("en-GB"));
                    }
                    return List.of(out);
                }));
            }
            for (Future<List<ValidationReport>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
