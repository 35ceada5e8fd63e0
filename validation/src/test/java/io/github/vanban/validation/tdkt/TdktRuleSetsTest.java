package io.github.vanban.validation.tdkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.award.Regime;
import io.github.vanban.validation.Rule;
import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.RuleSets;
import io.github.vanban.validation.Severity;
import io.github.vanban.validation.internal.MessageBundles;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TdktRuleSetsTest {

    @Test
    void theThreeRuleSetsAreFoundThroughServiceLoaderByDecisionDate() {
        assertThat(RuleSets.find("tdkt-2017")).isPresent();
        assertThat(RuleSets.forDate("tdkt", LocalDate.of(2023, 2, 15))).map(RuleSet::id).contains("tdkt-2017");
        assertThat(RuleSets.forDate("tdkt", LocalDate.of(2023, 12, 31))).map(RuleSet::id).contains("tdkt-2017");
        assertThat(RuleSets.forDate("tdkt", LocalDate.of(2024, 1, 1))).map(RuleSet::id).contains("tdkt-2024");
        assertThat(RuleSets.forDate("tdkt", LocalDate.of(2025, 6, 30))).map(RuleSet::id).contains("tdkt-2024");
        assertThat(RuleSets.forDate("tdkt", LocalDate.of(2025, 7, 1))).map(RuleSet::id).contains("tdkt-2025");
        assertThat(RuleSets.forDate(LocalDate.of(2025, 7, 1))).extracting(RuleSet::id).contains("nd30-2020", "tdkt-2025");
        assertThat(TdktRuleSets.forDate(LocalDate.of(2024, 5, 1)).id()).isEqualTo("tdkt-2024");
    }

    @Test
    void aDraftWithoutItsDayIsCheckedByItsAssessmentYear() {
        io.github.vanban.core.document.Header draft = io.github.vanban.core.document.Header.builder()
                .placeAndDate(io.github.vanban.core.component.PlaceAndDate.of("Hưng Yên",
                        io.github.vanban.core.component.PartialDate.ofMonth(2024, 1))).build();
        io.github.vanban.core.award.AwardProposal p = io.github.vanban.core.award.AwardProposal.builder().header(draft)
                .assessmentYear(2023).build();
        assertThat(TdktRuleSets.forDocument(p)).map(RuleSet::id).contains("tdkt-2017");
        assertThat(TdktRuleSets.forDocument(p.toBuilder().assessmentYear(null).build())).map(RuleSet::id)
                .contains("tdkt-2024");
        assertThat(TdktRuleSets.forDocument(p.toBuilder().header(io.github.vanban.core.document.Header.builder().build())
                .assessmentYear(null).build())).isEmpty();
        assertThat(TdktRuleSets.forDocument(AwardFixtures.proposal(Regime.R2025, java.util.List.of()).build()))
                .map(RuleSet::id).contains("tdkt-2025");
    }

    @Test
    void eachRuleSetHasItsValidityAndFamily() {
        RuleSet r24 = TdktRuleSets.standard(Regime.R2024);
        assertThat(r24.family()).isEqualTo("tdkt");
        assertThat(r24.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(r24.validTo()).contains(LocalDate.of(2025, 6, 30));
        assertThat(TdktRuleSets.standard(Regime.R2025).validTo()).isEmpty();
        assertThat(TdktRuleSets.standard(Regime.R2017).validTo()).contains(LocalDate.of(2023, 12, 31));
    }

    @Test
    void theRegimesDifferWhereTheLawDiffers() {
        RuleSet r17 = TdktRuleSets.standard(Regime.R2017);
        RuleSet r24 = TdktRuleSets.standard(Regime.R2024);
        RuleSet r25 = TdktRuleSets.standard(Regime.R2025);
        assertThat(r17.rule("TDKT-CSCS-03")).map(Rule::severity).contains(Severity.ERROR);
        assertThat(r25.rule("TDKT-CSCS-03")).map(Rule::severity).contains(Severity.WARNING);
        assertThat(r24.rule("TDKT-VOTE-01")).map(Rule::severity).contains(Severity.ERROR);
        assertThat(r25.rule("TDKT-VOTE-01")).map(Rule::basis).contains(Rule.Basis.UNVERIFIED);
        assertThat(r25.rule("TDKT-VOTE-01")).map(Rule::severity).contains(Severity.WARNING);
        assertThat(r17.rule("TDKT-AUTH-01")).map(Rule::severity).contains(Severity.WARNING);
        assertThat(r24.rule("TDKT-AUTH-02")).isEmpty();
        assertThat(r25.rule("TDKT-AUTH-02")).isPresent();
        assertThat(r17.rule("TDKT-TTLDTT-01")).isEmpty();
        assertThat(r25.rules()).allSatisfy(r -> assertThat(r.basis().isTentative() && r.severity() == Severity.ERROR)
                .isFalse());
    }

    @Test
    void everyRuleAndMessageHasBothLanguages() {
        MessageBundles m = MessageBundles.standard();
        for (RuleSet set : TdktRuleSets.standard()) {
            for (Rule r : set.rules()) {
                assertThat(m.english()).as(r.id() + ".title").containsKey(r.id() + ".title");
                assertThat(m.vietnamese()).as(r.id() + ".title vi").containsKey(r.id() + ".title");
                if (r.basis().isTentative()) {
                    assertThat(r.note(Locale.ENGLISH)).as(r.id() + ".note").isPresent();
                    assertThat(r.note(Locale.forLanguageTag("vi"))).as(r.id() + ".note vi").isPresent();
                }
            }
        }
        Pattern placeholder = Pattern.compile("\\{(\\w+)}");
        m.english().keySet().stream().filter(k -> k.startsWith("TDKT-")).forEach(k -> {
            assertThat(m.vietnamese()).as("vi " + k).containsKey(k);
            assertThat(placeholders(placeholder, m.vietnamese().get(k))).as("placeholders of " + k)
                    .isEqualTo(placeholders(placeholder, m.english().get(k)));
        });
        m.vietnamese().keySet().stream().filter(k -> k.startsWith("TDKT-"))
                .forEach(k -> assertThat(m.english()).as("en " + k).containsKey(k));
    }

    private static java.util.Set<String> placeholders(Pattern p, String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        Matcher matcher = p.matcher(text);
        while (matcher.find()) {
            out.add(matcher.group(1));
        }
        return out;
    }

    @Test
    void anAgencyBuildsItsOwnRuleSetWithOtherParameters() {
        TdktParameters p = TdktParameters.defaults(Regime.R2025).toBuilder().cstdCsCapPercent(20).votePercents(85, 75)
                .quorum(4, 5).minServiceMonths(6).publicNoticeWorkingDays(15).collectiveLdttPercent(75).build();
        RuleSet set = TdktRuleSets.create("tdkt-2025-hung-yen", Regime.R2025, p);
        assertThat(set.id()).isEqualTo("tdkt-2025-hung-yen");
        assertThat(set.ruleIds()).isEqualTo(TdktRuleSets.standard(Regime.R2025).ruleIds());
        assertThat(RuleSets.find("tdkt-2025-hung-yen")).isEqualTo(Optional.empty());
        assertThat(TdktParameters.defaults(Regime.R2017).cstdCsCapPercent()).isEqualTo(15);
        assertThat(TdktParameters.defaults(Regime.R2024).cstdCsCapPercent()).isNull();
    }

    @Test
    void parametersRejectImpossibleValues() {
        TdktParameters.Builder b = TdktParameters.defaults(Regime.R2025).toBuilder();
        assertThatThrownBy(() -> b.cstdCsCapPercent(120).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TdktParameters.defaults(Regime.R2025).toBuilder().quorum(4, 3).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TdktParameters.defaults(Regime.R2025).toBuilder().minServiceMonths(13).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
