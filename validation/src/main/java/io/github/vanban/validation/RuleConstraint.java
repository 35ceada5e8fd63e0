package io.github.vanban.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Ràng buộc quy tắc — the Jakarta Validation constraint that carries one rule of a rule set onto the document
 * types. Vanban places it on {@link io.github.vanban.core.document.AdministrativeDocument} through Hibernate
 * Validator's programmatic mapping (never by annotating the model), once per rule switched on. A user of a plain
 * {@link jakarta.validation.Validator} reads the rule from a violation with
 * {@code violation.getConstraintDescriptor().getAttributes().get("rule")} (and {@code "severity"},
 * {@code "ruleSet"}).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RuleConstraint {

    /** @return the message template; each violation sets its own */
    String message() default "{io.github.vanban.validation.RuleConstraint.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** @return the rule set id, e.g. "nd30-2020" */
    String ruleSet();

    /** @return the rule id, e.g. "ND30-SO-02" */
    String rule();

    /** @return the rule's severity in the rule set */
    Severity severity();
}
