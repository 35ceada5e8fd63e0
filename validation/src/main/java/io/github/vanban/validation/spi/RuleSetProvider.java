package io.github.vanban.validation.spi;

import io.github.vanban.validation.RuleSet;
import java.util.List;

/**
 * Nhà cung cấp bộ quy tắc — the service through which rule sets are found ({@link java.util.ServiceLoader}):
 * Vanban ships {@code nd30-2020}; an agency or another module adds its own by implementing this interface and
 * declaring it in {@code module-info.java} ({@code provides}) and in
 * {@code META-INF/services/io.github.vanban.validation.spi.RuleSetProvider}.
 */
public interface RuleSetProvider {

    /** @return the rule sets this provider contributes; ids must be unique across all providers */
    List<RuleSet> ruleSets();
}
