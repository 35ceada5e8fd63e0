package io.github.vanban.validation.spi;

import io.github.vanban.validation.RuleSet;
import java.util.List;
import java.util.function.Function;

/**
 * Nhà cung cấp bộ quy tắc — the service through which rule sets are found ({@link java.util.ServiceLoader}):
 * Vanban ships {@code nd30-2020}; an agency or another module adds its own by implementing this interface and
 * declaring it in {@code module-info.java} ({@code provides}) and in
 * {@code META-INF/services/io.github.vanban.validation.spi.RuleSetProvider}.
 */
public interface RuleSetProvider {

    /** @return the rule sets this provider contributes; ids must be unique across all providers */
    List<RuleSet> ruleSets();

    /**
     * Rule sets based on rule sets of other providers, such as an agency's profile of {@code nd30-2020}. Called
     * after every provider's {@link #ruleSets()} is known, so a derived set never looks a base up while the
     * registry is still loading.
     *
     * @param base finds a rule set of the first round by id; throws {@link java.util.NoSuchElementException}
     *     when there is none
     * @return the derived rule sets, none by default
     */
    default List<RuleSet> derivedRuleSets(Function<String, RuleSet> base) {
        return List.of();
    }
}
