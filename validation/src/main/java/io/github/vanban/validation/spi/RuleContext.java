package io.github.vanban.validation.spi;

import io.github.vanban.validation.Profile;
import io.github.vanban.validation.Rule;

/**
 * Ngữ cảnh kiểm tra — what a {@link RuleCheck} knows while it runs (the rule, the profile) and where it reports
 * violations. A violation names a message key under the rule ({@code <rule id>.<suffix>} in
 * {@code ContributorValidationMessages}), the place in the document as JSON field names and list indexes, the
 * message arguments, and a suggested fix when one is obvious.
 */
public interface RuleContext {

    /** @return the rule being checked, with its severity in the rule set */
    Rule rule();

    /** @return the profile being checked */
    Profile profile();

    /**
     * Starts a violation.
     *
     * @param messageSuffix the message key under the rule, e.g. "leadingZero" for "ND30-SO-02.leadingZero"
     * @return the violation to complete and {@link Violation#report() report}
     */
    Violation violation(String messageSuffix);

    /** One violation being built. */
    interface Violation {

        /**
         * @param path JSON field names ({@code String}) and list indexes ({@code Integer}) from the document root,
         *     e.g. {@code "header", "number", "codeNumber"}
         * @return this violation
         */
        Violation at(Object... path);

        /**
         * @param name the placeholder name in the message, e.g. "number"
         * @param value its value, printed with {@code String.valueOf}
         * @return this violation
         */
        Violation arg(String name, Object value);

        /**
         * @param suggestion the corrected value, e.g. "05" for "5"
         * @return this violation
         */
        Violation fix(String suggestion);

        /** Reports the violation. */
        void report();
    }
}
