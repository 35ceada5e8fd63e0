package io.github.vanban.validation;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.validation.internal.FactoryBuilder;
import io.github.vanban.validation.internal.FactoryBuilder.FixedLocaleInterpolator;
import io.github.vanban.validation.internal.JsonPointers;
import io.github.vanban.validation.internal.MessageBundles;
import io.github.vanban.validation.internal.ViolationDetails;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jspecify.annotations.Nullable;

/**
 * Bộ kiểm tra văn bản — validates administrative documents against one rule set (e.g. {@code nd30-2020},
 * Nghị định 30/2020/NĐ-CP) and returns a {@link ValidationReport}. Jakarta Validation (Hibernate Validator) is the
 * engine: every rule is a {@link RuleConstraint}, and {@link #jakartaValidator(Profile)} hands out the plain
 * {@link Validator} for {@code @Valid} in Spring or Jakarta EE.
 *
 * <p>Create one per rule set and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentValidator validator = DocumentValidator.forRuleSet("nd30-2020");
 * ValidationReport report = validator.validate(dispatch, Profile.DRAFT, Locale.ENGLISH);
 * }</pre>
 */
public final class DocumentValidator {

    /** The rule id of findings that come from the model's own structural constraints (@NotNull, @Min …). */
    public static final String STRUCTURE_RULE_ID = "VANBAN-MODEL-01";

    private final RuleSet ruleSet;
    private final ValidatorFactory factory;
    private final Map<String, Validator> validators = new ConcurrentHashMap<>();

    private DocumentValidator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.factory = FactoryBuilder.build(ruleSet);
    }

    /**
     * @param ruleSetId a rule set id found by {@link RuleSets}, e.g. "nd30-2020"
     * @return a validator for it
     * @throws java.util.NoSuchElementException when no rule set has that id
     */
    public static DocumentValidator forRuleSet(String ruleSetId) {
        return new DocumentValidator(RuleSets.get(ruleSetId));
    }

    /**
     * @param ruleSet a rule set, for example one built in code on top of another
     * @return a validator for it
     */
    public static DocumentValidator of(RuleSet ruleSet) {
        return new DocumentValidator(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** @return the rule set this validator applies */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Validates an issued document, messages in Vietnamese.
     *
     * @param document the document
     * @return the report
     */
    public ValidationReport validate(@Nullable AdministrativeDocument document) {
        return validate(document, Profile.ISSUED, FactoryBuilder.DEFAULT_LOCALE);
    }

    /**
     * Validates a document under a profile, messages in Vietnamese.
     *
     * @param document the document
     * @param profile DRAFT or ISSUED
     * @return the report
     */
    public ValidationReport validate(@Nullable AdministrativeDocument document, Profile profile) {
        return validate(document, profile, FactoryBuilder.DEFAULT_LOCALE);
    }

    /**
     * Validates a document. Never throws for a bad document: a document that cannot be validated gives a
     * {@link Status#FAILED} report.
     *
     * @param document the document
     * @param profile DRAFT or ISSUED
     * @param locale the language of the messages: Vietnamese for "vi", English for any other language
     * @return the report
     */
    public ValidationReport validate(@Nullable AdministrativeDocument document, Profile profile, Locale locale) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
        String language = MessageBundles.language(locale);
        if (document == null) {
            return ValidationReport.failed(ruleSet, profile, language, "no document to validate (null)");
        }
        Set<ConstraintViolation<AdministrativeDocument>> violations;
        try {
            violations = validator(profile, language).validate(document);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return ValidationReport.failed(ruleSet, profile, language,
                    cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<AdministrativeDocument> v : violations) {
            findings.add(toFinding(v, language));
        }
        return ValidationReport.of(ruleSet, profile, language, findings);
    }

    /**
     * The plain Jakarta validator carrying every rule of the rule set, for {@code @Valid} in Spring or Jakarta EE.
     * Each violation's constraint descriptor holds the attributes {@code rule}, {@code severity} and
     * {@code ruleSet}; messages are in Vietnamese unless the caller's interpolation asks for another locale.
     *
     * @param profile the profile the rules check
     * @return a thread-safe validator
     */
    public Validator jakartaValidator(Profile profile) {
        return validator(profile, "vi");
    }

    /** @return the validator factory of the rule set (profile ISSUED, messages in Vietnamese) */
    public ValidatorFactory jakartaValidatorFactory() {
        return factory;
    }

    private Validator validator(Profile profile, String language) {
        return validators.computeIfAbsent(profile + "/" + language, k -> {
            FixedLocaleInterpolator base = (FixedLocaleInterpolator) factory.getMessageInterpolator();
            return factory.unwrap(HibernateValidatorFactory.class).usingContext()
                    .constraintValidatorPayload(profile)
                    .messageInterpolator(new FixedLocaleInterpolator(base.delegate(), Locale.forLanguageTag(language)))
                    .getValidator();
        });
    }

    private Finding toFinding(ConstraintViolation<AdministrativeDocument> v, String language) {
        String pointer = JsonPointers.of(v.getPropertyPath());
        HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
        ViolationDetails details = hv.getDynamicPayload(ViolationDetails.class);
        if (details != null) {
            Rule rule = ruleSet.rule(details.ruleId()).orElseThrow();
            return Finding.builder().ruleId(rule.id()).severity(rule.severity()).pointer(pointer).part(rule.part())
                    .messageKey(details.messageKey()).arguments(details.arguments()).message(v.getMessage())
                    .clause(rule.clause()).suggestedFix(details.fix()).build();
        }
        Map<String, String> args = new LinkedHashMap<>();
        args.put("constraint", v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        args.put("value", String.valueOf(v.getInvalidValue()));
        args.put("detail", v.getMessage());
        String key = STRUCTURE_RULE_ID + ".message";
        String template = MessageBundles.standard().text(Locale.forLanguageTag(language), key).orElse(key);
        String message = template;
        for (Map.Entry<String, String> a : args.entrySet()) {
            message = message.replace("{" + a.getKey() + "}", a.getValue());
        }
        return Finding.builder().ruleId(STRUCTURE_RULE_ID).severity(Severity.ERROR).pointer(pointer)
                .part(DocumentPart.DOCUMENT).messageKey(key).arguments(args).message(message)
                .clause("Điều 8").build();
    }
}
