package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.spi.RuleSetProvider;
import io.github.vanban.validation.tdkt.TdktRuleSets;
import java.util.List;

/**
 * Provides the rule sets {@code tdkt-2017}, {@code tdkt-2024} and {@code tdkt-2025} (family {@code tdkt}) to
 * {@link java.util.ServiceLoader}.
 */
public final class TdktRuleSetProvider implements RuleSetProvider {

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public TdktRuleSetProvider() {
        // the rule sets are built once, lazily, by TdktRuleSets
    }

    @Override
    public List<RuleSet> ruleSets() {
        return TdktRuleSets.standard();
    }
}
