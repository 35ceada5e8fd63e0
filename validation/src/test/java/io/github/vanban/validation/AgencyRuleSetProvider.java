package io.github.vanban.validation;

import io.github.vanban.validation.spi.RuleSetProvider;
import java.util.List;
import java.util.function.Function;

/**
 * An agency's own profile of Decree 30, shipped the way an agency would ship it: a {@link RuleSetProvider} found
 * through {@link java.util.ServiceLoader}, based on {@code nd30-2020}, which makes the signing stacks (ND30-KY-04)
 * and the year in the number (ND30-SO-06) errors and switches the end mark (ND30-ND-10) off.
 */
public final class AgencyRuleSetProvider implements RuleSetProvider {

    /** The agency rule set's id. */
    public static final String ID = "agency-skhcn-hung-yen";

    @Override
    public List<RuleSet> ruleSets() {
        return List.of();
    }

    @Override
    public List<RuleSet> derivedRuleSets(Function<String, RuleSet> base) {
        return List.of(RuleSet.builder(ID).basedOn(base.apply("nd30-2020")).version("2023.1")
                .severity("ND30-KY-04", Severity.ERROR)
                .severity("ND30-SO-06", Severity.ERROR)
                .disable("ND30-ND-10")
                .build());
    }
}
