package io.github.vanban.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options that choose the rule set (bộ quy tắc) and the language of its messages, shared by {@code check}
 * and {@code rules} as a picocli mixin so both commands accept and describe them identically.
 */
final class RuleSetOptions {

    @Option(names = "--rule-set", defaultValue = "nd30-2020", paramLabel = "ID",
            description = "The rule set (default: ${DEFAULT-VALUE}); 'vanban --version' lists them.")
    String ruleSet;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en",
            description = "The language of the messages (default: ${DEFAULT-VALUE}).")
    Language lang;

    /** @return the locale of the chosen language */
    Locale locale() {
        return lang.locale();
    }
}
