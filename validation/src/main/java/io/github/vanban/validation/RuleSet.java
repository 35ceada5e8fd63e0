package io.github.vanban.validation;

import io.github.vanban.validation.spi.RuleCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bộ quy tắc — a named, versioned set of rules with the period of law it applies to, e.g. {@code nd30-2020}
 * (Nghị định 30/2020/NĐ-CP, in force from 2020-03-05). A rule set can be {@link Builder#basedOn(RuleSet) based on}
 * another, changing the severity of some rules or switching rules off; an agency does this to ship its own
 * profile of the decree.
 *
 * <p>Instances are immutable and thread-safe. Rule sets are found by id with {@link RuleSets}.
 */
public final class RuleSet {

    private final String id;
    private final String family;
    private final String version;
    private final LocalDate validFrom;
    private final @Nullable LocalDate validTo;
    private final @Nullable String basedOn;
    private final Map<String, Rule> rules;
    private final Map<String, RuleCheck> checks;

    private RuleSet(Builder b) {
        this.id = b.id;
        this.family = b.family;
        this.version = b.version;
        this.validFrom = Objects.requireNonNull(b.validFrom, "validFrom of rule set " + b.id);
        this.validTo = b.validTo;
        this.basedOn = b.basedOn;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
        this.checks = Map.copyOf(b.checks);
    }

    /** @return the id, e.g. "nd30-2020" */
    public String id() {
        return id;
    }

    /** @return the family of rule sets it belongs to, e.g. "nd30" or "tdkt"; {@link RuleSets#forDate} picks one per family */
    public String family() {
        return family;
    }

    /** @return the version of the rule set, e.g. "1.0" */
    public String version() {
        return version;
    }

    /** @return the first day the rules apply to (inclusive) */
    public LocalDate validFrom() {
        return validFrom;
    }

    /** @return the last day the rules apply to (inclusive), empty while in force */
    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }

    /** @return the id of the rule set this one is based on, if any */
    public Optional<String> basedOn() {
        return Optional.ofNullable(basedOn);
    }

    /**
     * @param date a document's date
     * @return {@code true} when the rules apply to documents of that date
     */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** @return the rules switched on, in catalogue order, each with its severity in this rule set */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * @param ruleId a rule id
     * @return the rule, when it is switched on in this rule set
     */
    public Optional<Rule> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /**
     * @param ruleId a rule id
     * @return the code of the rule, when it is switched on in this rule set
     */
    public Optional<RuleCheck> check(String ruleId) {
        return rules.containsKey(ruleId) ? Optional.ofNullable(checks.get(ruleId)) : Optional.empty();
    }

    @Override
    public String toString() {
        return id + " " + version + " (" + rules.size() + " rules)";
    }

    /**
     * @param id the id of the new rule set
     * @return a builder for a rule set
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link RuleSet}. */
    public static final class Builder {
        private final String id;
        private String family;
        private String version = "1.0";
        private @Nullable LocalDate validFrom;
        private @Nullable LocalDate validTo;
        private @Nullable String basedOn;
        private final Map<String, Rule> rules = new LinkedHashMap<>();
        private final Map<String, RuleCheck> checks = new LinkedHashMap<>();

        private Builder(String id) {
            if (id.isBlank()) {
                throw new IllegalArgumentException("a rule set needs an id");
            }
            this.id = id;
            this.family = id;
        }

        /** @param family the family, e.g. "nd30" @return this builder */
        public Builder family(String family) {
            this.family = family;
            return this;
        }

        /** @param version the version @return this builder */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * @param from first day (inclusive)
         * @param to last day (inclusive), or {@code null} while in force
         * @return this builder
         */
        public Builder validity(LocalDate from, @Nullable LocalDate to) {
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("rule set " + id + " ends (" + to + ") before it starts (" + from + ")");
            }
            this.validFrom = from;
            this.validTo = to;
            return this;
        }

        /**
         * Adds a rule and its code.
         *
         * @param rule the rule
         * @param check its code
         * @return this builder
         * @throws IllegalArgumentException when a rule with that id is already there
         */
        public Builder rule(Rule rule, RuleCheck check) {
            if (rules.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("rule " + rule.id() + " is defined twice in rule set " + id);
            }
            checks.put(rule.id(), check);
            return this;
        }

        /**
         * Starts from every rule of another rule set (its family, validity and severities too); later calls
         * override them.
         *
         * @param base the rule set to build on
         * @return this builder
         */
        public Builder basedOn(RuleSet base) {
            this.basedOn = base.id();
            this.family = base.family();
            this.validFrom = base.validFrom();
            this.validTo = base.validTo;
            for (Rule r : base.rules()) {
                rules.put(r.id(), r);
                checks.put(r.id(), base.checks.get(r.id()));
            }
            return this;
        }

        /**
         * Changes a rule's severity.
         *
         * @param ruleId the rule
         * @param severity its severity in this rule set
         * @return this builder
         * @throws IllegalArgumentException when the rule is not in the set
         */
        public Builder severity(String ruleId, Severity severity) {
            rules.put(ruleId, require(ruleId).withSeverity(severity));
            return this;
        }

        /**
         * Switches a rule off.
         *
         * @param ruleId the rule
         * @return this builder
         * @throws IllegalArgumentException when the rule is not in the set
         */
        public Builder disable(String ruleId) {
            require(ruleId);
            rules.remove(ruleId);
            checks.remove(ruleId);
            return this;
        }

        private Rule require(String ruleId) {
            Rule r = rules.get(ruleId);
            if (r == null) {
                throw new IllegalArgumentException("rule set " + id + " has no rule " + ruleId + "; known: "
                        + new ArrayList<>(rules.keySet()));
            }
            return r;
        }

        /** @return the rule set */
        public RuleSet build() {
            return new RuleSet(this);
        }
    }

    /** @return the ids of the rules switched on */
    public Set<String> ruleIds() {
        return rules.keySet();
    }
}
