package io.github.vanban.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.component.SigningAuthority;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.OfficialDispatch;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetsTest {

    @Test
    void nd30IsFoundThroughServiceLoaderWithIdValidityAndVersion() {
        RuleSet nd30 = RuleSets.get("nd30-2020");

        assertThat(nd30.family()).isEqualTo("nd30");
        assertThat(nd30.version()).isEqualTo("1.0");
        assertThat(nd30.validFrom()).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(nd30.validTo()).isEmpty();
        assertThat(nd30.basedOn()).isEmpty();
        assertThat(nd30.rules()).hasSize(56);
        assertThat(nd30.rules().get(0).id()).isEqualTo("ND30-TYPE-02");
    }

    @Test
    void forDatePicksTheRuleSetInForce() {
        assertThat(RuleSets.forDate("nd30", LocalDate.of(2023, 2, 5))).map(RuleSet::id).hasValue("nd30-2020");
        assertThat(RuleSets.forDate("nd30", LocalDate.of(2019, 12, 31))).isEmpty();
        assertThat(RuleSets.forDate(LocalDate.of(2023, 2, 5))).extracting(RuleSet::id).contains("nd30-2020")
                .doesNotContain(AgencyRuleSetProvider.ID);
    }

    @Test
    void anUnknownIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> RuleSets.get("nd31")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("nd31").hasMessageContaining("nd30-2020");
        assertThat(RuleSets.find("nd31")).isEmpty();
    }

    @Test
    void theAgencyRuleSetIsFoundAndOverridesSeveritiesAndSwitchesARuleOff() {
        RuleSet agency = RuleSets.get(AgencyRuleSetProvider.ID);
        RuleSet nd30 = RuleSets.get("nd30-2020");

        assertThat(agency.basedOn()).hasValue("nd30-2020");
        assertThat(agency.family()).isEqualTo("nd30");
        assertThat(agency.rules()).hasSize(nd30.rules().size() - 1);
        assertThat(agency.rule("ND30-ND-10")).isEmpty();
        assertThat(agency.rule("ND30-KY-04")).get().extracting(Rule::severity, Rule::defaultSeverity)
                .containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(nd30.rule("ND30-KY-04")).get().extracting(Rule::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void theAgencyReportsWithItsOwnSeverities() {
        OfficialDispatch base = Fixtures.dispatch();
        SignatureBlock redelegated = new SignatureBlock(List.of(new AuthorityLine(SigningAuthority.TUQ, "GIÁM ĐỐC"),
                new AuthorityLine(SigningAuthority.KT, "CHÁNH VĂN PHÒNG"), AuthorityLine.of("PHÓ CHÁNH VĂN PHÒNG")),
                "Trần Thị Lan", SignatureKind.HANDWRITTEN);
        Body noEndMark = new Body(base.body().legalBases(), base.body().content(), base.body().references(),
                base.body().attachments(), base.body().appendices(), false);
        OfficialDispatch doc = new OfficialDispatch(base.header(), noEndMark, new Closing(redelegated,
                base.closing().recipients(), base.closing().drafterMark(), null));

        ValidationReport national = DocumentValidator.forRuleSet("nd30-2020").validate(doc, Profile.ISSUED, Locale.ENGLISH);
        ValidationReport agency = DocumentValidator.forRuleSet(AgencyRuleSetProvider.ID)
                .validate(doc, Profile.ISSUED, Locale.ENGLISH);

        assertThat(national.status()).isEqualTo(Status.VALID);
        assertThat(national.findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ND30-ND-10", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("ND30-KY-04", Severity.WARNING));
        assertThat(agency.status()).isEqualTo(Status.INVALID);
        assertThat(agency.ruleSetId()).isEqualTo(AgencyRuleSetProvider.ID);
        assertThat(agency.ruleSetVersion()).isEqualTo("2023.1");
        assertThat(agency.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ND30-KY-04", Severity.ERROR));
    }

    @Test
    void aRuleSetBuiltInCodeCanOverrideToo() {
        RuleSet strict = RuleSet.builder("strict").basedOn(RuleSets.get("nd30-2020"))
                .severity("ND30-SO-06", Severity.ERROR).build();
        OfficialDispatch base = Fixtures.dispatch();
        OfficialDispatch doc = new OfficialDispatch(base.header().toBuilder()
                .number(new DocumentNumber("05", "SKHCN-VP-2023")).build(), base.body(), base.closing());

        ValidationReport report = DocumentValidator.of(strict).validate(doc, Profile.ISSUED, Locale.ENGLISH);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("ND30-SO-06");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.suggestedFix()).isEqualTo("05/SKHCN-VP");
        });
    }

    @Test
    void overridingAnUnknownRuleIsATypedError() {
        RuleSet.Builder b = RuleSet.builder("x").basedOn(RuleSets.get("nd30-2020"));
        assertThatThrownBy(() -> b.severity("ND30-XX-99", Severity.INFO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ND30-XX-99");
        assertThatThrownBy(() -> b.disable("ND30-XX-99")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConventionRuleCannotDefaultToError() {
        assertThatThrownBy(() -> Rule.builder().id("X-1").severity(Severity.ERROR).basis(Rule.Basis.CONVENTION)
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONVENTION");
    }

    @Test
    void everyTentativeRuleIsAtMostAWarning() {
        for (RuleSet set : RuleSets.all()) {
            for (Rule r : set.rules()) {
                if (r.basis().isTentative()) {
                    assertThat(r.defaultSeverity()).as(r.id()).isNotEqualTo(Severity.ERROR);
                }
            }
        }
    }

    @Test
    void theCatalogueCanBeListedInBothLanguages() {
        Rule so02 = RuleSets.get("nd30-2020").rule("ND30-SO-02").orElseThrow();

        assertThat(so02.title(Locale.forLanguageTag("vi")))
                .isEqualTo("Số nhỏ hơn 10 phải ghi thêm số 0 phía trước (01–09); số từ 10 trở lên không ghi số 0");
        assertThat(so02.title(Locale.ENGLISH))
                .isEqualTo("A number below 10 has a leading zero (01–09); a number of 10 or more has none");
        assertThat(so02.title(Locale.FRENCH)).isEqualTo(so02.title(Locale.ENGLISH));
        assertThat(so02.clause()).isEqualTo("Phụ lục I, II.3.c");
        assertThat(so02.part()).isEqualTo(DocumentPart.NUMBER);
        assertThat(so02.part().displayName(Locale.forLanguageTag("vi"))).isEqualTo("Số, ký hiệu");
        assertThat(so02.profiles()).isEqualTo(Set.of(Profile.DRAFT, Profile.ISSUED));
        assertThat(RuleSets.get("nd30-2020").rule("ND30-SO-06").orElseThrow().note(Locale.ENGLISH)).isPresent();
    }
}
