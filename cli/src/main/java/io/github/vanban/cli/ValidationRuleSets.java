package io.github.vanban.cli;

import io.github.vanban.cli.internal.RuleEngine;
import io.github.vanban.cli.internal.RuleSets;
import java.util.List;
import java.util.Optional;

/**
 * The rule sets of {@code io.github.vanban.validation} as the command uses them (các bộ quy tắc), found through
 * {@code ServiceLoader}.
 */
final class ValidationRuleSets implements RuleSets {

    private ValidationRuleSets() {
    }

    /** @return the rule sets found on the class path or module path */
    static RuleSets load() {
        return new ValidationRuleSets();
    }

    @Override
    public List<String> ids() {
        return List.of();
    }

    @Override
    public Optional<RuleEngine> find(String id) {
        return Optional.empty();
    }
}
