/**
 * Vanban validation: rule sets of Nghị định 30/2020/NĐ-CP (and, later, of the emulation-and-commendation law)
 * run on Jakarta Validation. Start with {@link io.github.vanban.validation.DocumentValidator#forRuleSet(String)};
 * read the {@link io.github.vanban.validation.ValidationReport}; list rules with
 * {@link io.github.vanban.validation.RuleSets}.
 */
@NullMarked
package io.github.vanban.validation;

import org.jspecify.annotations.NullMarked;
