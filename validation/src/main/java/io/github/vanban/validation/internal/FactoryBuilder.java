package io.github.vanban.validation.internal;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.Rule;
import io.github.vanban.validation.RuleConstraint;
import io.github.vanban.validation.RuleSet;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Builds the Hibernate Validator factory of a rule set: one {@link RuleConstraint} per rule switched on, mapped
 * programmatically onto {@link AdministrativeDocument} (so the model carries no rule code), validated by
 * {@link RuleConstraintValidator}s bound to the rule set, with paths named by {@link FieldNameProvider} and
 * messages from {@link MessageBundles} in Vietnamese unless another locale is asked for.
 */
public final class FactoryBuilder {

    /** The locale of messages when the caller names none. */
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("vi");

    private FactoryBuilder() {
    }

    /**
     * @param ruleSet the rule set
     * @return a new validator factory; its validators check the {@link Profile#ISSUED} profile in Vietnamese
     */
    public static ValidatorFactory build(RuleSet ruleSet) {
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping mapping = config.createConstraintMapping();
        mapping.constraintDefinition(RuleConstraint.class).includeExistingValidators(false)
                .validatedBy(RuleConstraintValidator.class);
        TypeConstraintMappingContext<AdministrativeDocument> type = mapping.type(AdministrativeDocument.class);
        for (Rule rule : ruleSet.rules()) {
            type.constraint(new GenericConstraintDef<>(RuleConstraint.class)
                    .param("ruleSet", ruleSet.id())
                    .param("rule", rule.id())
                    .param("severity", rule.severity()));
        }
        ConstraintValidatorFactory defaults = config.getDefaultConstraintValidatorFactory();
        ConstraintValidatorFactory factory = new ConstraintValidatorFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                if (key == RuleConstraintValidator.class) {
                    return (T) new RuleConstraintValidator(ruleSet);
                }
                return defaults.getInstance(key);
            }

            @Override
            public void releaseInstance(ConstraintValidator<?, ?> instance) {
                if (!(instance instanceof RuleConstraintValidator)) {
                    defaults.releaseInstance(instance);
                }
            }
        };
        MessageInterpolator interpolator = new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator("ValidationMessages"), MessageBundles.standard(), true);
        return config.ignoreXmlConfiguration()
                .addMapping(mapping)
                .constraintValidatorFactory(factory)
                .propertyNodeNameProvider(new FieldNameProvider())
                .messageInterpolator(new FixedLocaleInterpolator(interpolator, DEFAULT_LOCALE))
                .constraintValidatorPayload(Profile.ISSUED)
                .buildValidatorFactory();
    }

    /** A message interpolator that renders in one locale unless the caller names another. */
    public record FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale requested) {
            return delegate.interpolate(messageTemplate, context, requested);
        }
    }
}
