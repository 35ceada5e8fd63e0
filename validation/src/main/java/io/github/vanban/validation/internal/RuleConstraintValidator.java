package io.github.vanban.validation.internal;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.Rule;
import io.github.vanban.validation.RuleConstraint;
import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.spi.RuleCheck;
import io.github.vanban.validation.spi.RuleContext;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;
import org.jspecify.annotations.Nullable;

/**
 * Runs one rule of a rule set as a Jakarta constraint on a document: checks that the rule applies to the document's
 * type and to the profile (the constraint-validator payload, {@link Profile#ISSUED} when none is given), runs the
 * rule's {@link RuleCheck}, and turns each reported violation into a constraint violation whose path is made of
 * JSON field names and whose dynamic payload is a {@link ViolationDetails}.
 */
public final class RuleConstraintValidator implements ConstraintValidator<RuleConstraint, AdministrativeDocument> {

    private final RuleSet ruleSet;
    private @Nullable Rule rule;
    private @Nullable RuleCheck check;

    /** @param ruleSet the rule set whose rules this validator runs */
    public RuleConstraintValidator(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @Override
    public void initialize(RuleConstraint annotation) {
        this.rule = ruleSet.rule(annotation.rule()).orElseThrow(() -> new IllegalStateException(
                "rule " + annotation.rule() + " is not in rule set " + ruleSet.id()));
        this.check = ruleSet.check(annotation.rule()).orElseThrow();
    }

    @Override
    public boolean isValid(@Nullable AdministrativeDocument document, ConstraintValidatorContext context) {
        if (document == null || rule == null || check == null) {
            return true;
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        Profile payload = hv.getConstraintValidatorPayload(Profile.class);
        Profile profile = payload == null ? Profile.ISSUED : payload;
        if (!rule.appliesTo(document.type(), profile)) {
            return true;
        }
        Collector collector = new Collector(rule, profile);
        check.check(document, collector);
        if (collector.reported.isEmpty()) {
            return true;
        }
        hv.disableDefaultConstraintViolation();
        for (Reported r : collector.reported) {
            for (Map.Entry<String, String> a : r.args.entrySet()) {
                hv.addMessageParameter(a.getKey(), a.getValue(), MessageParameterEscaping.ESCAPE);
            }
            hv.withDynamicPayload(new ViolationDetails(rule.id(), r.key, Map.copyOf(r.args), r.fix));
            JsonPointers.addPath(hv.buildConstraintViolationWithTemplate("{" + r.key + "}"), r.path);
        }
        return false;
    }

    private record Reported(String key, List<Object> path, Map<String, String> args, @Nullable String fix) {
    }

    private static final class Collector implements RuleContext {
        private final Rule rule;
        private final Profile profile;
        private final List<Reported> reported = new ArrayList<>();

        Collector(Rule rule, Profile profile) {
            this.rule = rule;
            this.profile = profile;
        }

        @Override
        public Rule rule() {
            return rule;
        }

        @Override
        public Profile profile() {
            return profile;
        }

        @Override
        public Violation violation(String messageSuffix) {
            String key = rule.id() + "." + messageSuffix;
            return new Violation() {
                private List<Object> path = List.of();
                private final Map<String, String> args = new LinkedHashMap<>();
                private @Nullable String fix;

                @Override
                public Violation at(Object... p) {
                    for (Object o : p) {
                        if (!(o instanceof String) && !(o instanceof Integer)) {
                            throw new IllegalArgumentException("path segments are field names or indexes, got " + o);
                        }
                    }
                    path = List.of(p);
                    return this;
                }

                @Override
                public Violation arg(String name, Object value) {
                    args.put(name, String.valueOf(value));
                    return this;
                }

                @Override
                public Violation fix(String suggestion) {
                    fix = suggestion;
                    return this;
                }

                @Override
                public void report() {
                    reported.add(new Reported(key, path, Map.copyOf(args), fix));
                }
            };
        }
    }
}
