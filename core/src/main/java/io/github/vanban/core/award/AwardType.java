package io.github.vanban.core.award;

import java.util.List;
import java.util.Set;

/**
 * Danh hiệu hoặc hình thức khen thưởng — an entry of the {@link AwardCatalog}: an emulation title or a form of
 * commendation, with the subjects it applies to, who may confer it, and the regimes in which it exists.
 */
public sealed interface AwardType permits EmulationTitle, CommendationForm {

    /** @return the stable code, e.g. "LDTT", "BK_BO_TINH" */
    String code();

    /** @return the official Vietnamese name */
    String name();

    /** @return the subjects it applies to */
    Set<SubjectType> subjects();

    /** @return the regimes in which it exists */
    Set<Regime> regimes();

    /** @return the authorities that may confer it, each with its regimes */
    List<Conferral> conferrers();

    /** @return the reference to this entry used in documents */
    Award toAward();

    /**
     * Tells who may confer this award in a regime.
     *
     * @param regime the regime
     * @return the authority levels competent in that regime
     */
    default Set<AuthorityLevel> conferrersIn(Regime regime) {
        java.util.EnumSet<AuthorityLevel> out = java.util.EnumSet.noneOf(AuthorityLevel.class);
        for (Conferral c : conferrers()) {
            if (c.regimes().contains(regime)) {
                out.add(c.authority());
            }
        }
        return out;
    }

    /**
     * @param authority an authority level
     * @param regime a regime
     * @return {@code true} when that authority may confer this award in that regime
     */
    default boolean isConferrableBy(AuthorityLevel authority, Regime regime) {
        return conferrersIn(regime).contains(authority);
    }

    /**
     * @param subject a subject type
     * @return {@code true} when this award applies to that subject
     */
    default boolean appliesTo(SubjectType subject) {
        return subjects().contains(subject);
    }
}
