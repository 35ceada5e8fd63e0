package io.github.vanban.validation.spi;

import io.github.vanban.core.document.AdministrativeDocument;

/**
 * Hàm kiểm tra của một quy tắc — the code of one rule. It looks at a document and reports each violation through
 * the {@link RuleContext}; it is called only for documents whose type and profile the rule applies to.
 * Implementations must be stateless and thread-safe: one instance serves every validation.
 */
@FunctionalInterface
public interface RuleCheck {

    /**
     * Checks a document.
     *
     * @param document the document, never {@code null}
     * @param context where to report violations
     */
    void check(AdministrativeDocument document, RuleContext context);
}
