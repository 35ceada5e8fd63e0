package io.github.vanban.validation.tdkt;

import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.award.Regime;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.internal.tdkt.TdktCatalogue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Các bộ quy tắc thi đua, khen thưởng — the rule sets of the emulation-and-commendation law, one per regime:
 * {@code tdkt-2017} (until 31/12/2023), {@code tdkt-2024} (01/01/2024 – 30/06/2025), {@code tdkt-2025} (from
 * 01/07/2025). They are found through {@link java.util.ServiceLoader} in the family {@code tdkt}, so
 * {@code RuleSets.forDate("tdkt", decisionDate)} picks the one of the decision date. An agency with its own
 * parameters (a province's CSTĐ cơ sở cap, its own titles) builds its set with
 * {@link #create(String, Regime, TdktParameters)}.
 *
 * <pre>{@code
 * RuleSet set = RuleSets.forDate("tdkt", LocalDate.of(2025, 12, 20)).orElseThrow();   // tdkt-2025
 * ValidationReport report = DocumentValidator.of(set).validate(proposal);
 * }</pre>
 */
public final class TdktRuleSets {

    private static final class Holder {
        static final List<RuleSet> STANDARD = List.of(
                create(id(Regime.R2017), Regime.R2017, TdktParameters.defaults(Regime.R2017)),
                create(id(Regime.R2024), Regime.R2024, TdktParameters.defaults(Regime.R2024)),
                create(id(Regime.R2025), Regime.R2025, TdktParameters.defaults(Regime.R2025)));
    }

    private TdktRuleSets() {
    }

    /** @return the three standard rule sets, oldest first */
    public static List<RuleSet> standard() {
        return Holder.STANDARD;
    }

    /**
     * @param regime a regime
     * @return its standard rule set
     */
    public static RuleSet standard(Regime regime) {
        return Holder.STANDARD.get(regime.ordinal());
    }

    /**
     * @param date a decision date
     * @return the standard rule set of the regime in force that day
     */
    public static RuleSet forDate(LocalDate date) {
        return standard(Regime.on(date));
    }

    /**
     * Chooses the standard rule set for an award document: by its date (ngày ban hành) when complete; for a draft
     * whose day is still blank, by the last day of its assessment year (năm đánh giá), else of the year written
     * in its date.
     *
     * @param document an award proposal or decision (any document with a date works)
     * @return the rule set, or empty when the document has neither a date nor an assessment year
     */
    public static Optional<RuleSet> forDocument(AdministrativeDocument document) {
        PlaceAndDate pd = document.header().placeAndDate();
        PartialDate date = pd == null ? null : pd.date();
        if (date != null && date.toLocalDate().isPresent()) {
            return Optional.of(forDate(date.toLocalDate().get()));
        }
        Integer year = document instanceof AwardProposal p ? p.assessmentYear()
                : document instanceof AwardDecision d ? d.assessmentYear() : null;
        if (year == null && date != null) {
            year = date.year();
        }
        return year == null ? Optional.empty() : Optional.of(forDate(LocalDate.of(year, 12, 31)));
    }

    /**
     * @param regime a regime
     * @return the id of its standard rule set: "tdkt-2017", "tdkt-2024" or "tdkt-2025"
     */
    public static String id(Regime regime) {
        return "tdkt-" + regime.name().substring(1);
    }

    /**
     * Builds a rule set of a regime with other parameters.
     *
     * @param id the new rule set's id, e.g. "tdkt-2025-hung-yen"
     * @param regime the regime whose rules and severities to use
     * @param params the parameters
     * @return the rule set (family "tdkt", valid for the regime's dates)
     */
    public static RuleSet create(String id, Regime regime, TdktParameters params) {
        return TdktCatalogue.ruleSet(id, regime, params);
    }
}
