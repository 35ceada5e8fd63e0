package io.github.vanban.cli;

import io.github.vanban.cli.internal.FindingView;
import io.github.vanban.cli.internal.Profile;
import io.github.vanban.cli.internal.RuleEngine;
import io.github.vanban.cli.internal.RuleSets;
import io.github.vanban.cli.internal.RuleView;
import io.github.vanban.cli.internal.Severity;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Finding;
import io.github.vanban.validation.Rule;
import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule sets of {@code io.github.vanban.validation} as the command uses them (các bộ quy tắc), found through
 * {@code ServiceLoader} by {@link io.github.vanban.validation.RuleSets}.
 */
final class ValidationRuleSets implements RuleSets {

    private ValidationRuleSets() {
    }

    /** @return the rule sets found on the class path or module path */
    static RuleSets load() {
        return new ValidationRuleSets();
    }

    @Override
    public List<String> ids() {
        return io.github.vanban.validation.RuleSets.all().stream().map(RuleSet::id).sorted().toList();
    }

    @Override
    public Optional<RuleEngine> find(String id) {
        return io.github.vanban.validation.RuleSets.find(id).map(Engine::new);
    }

    /** One rule set with its validator, built once per run and shared by the workers. */
    private static final class Engine implements RuleEngine {

        private final RuleSet ruleSet;
        private volatile DocumentValidator validator;

        Engine(RuleSet ruleSet) {
            this.ruleSet = ruleSet;
        }

        @Override
        public String ruleSetId() {
            return ruleSet.id();
        }

        @Override
        public List<RuleView> rules(Locale locale) {
            List<RuleView> views = new ArrayList<>();
            for (Rule r : ruleSet.rules()) {
                String title = r.title(locale);
                views.add(new RuleView(r.id(), severity(r.severity()), r.part().displayName(locale), r.clause(),
                        title, r.note(locale).map(n -> title + ". " + n).orElse(title)));
            }
            views.sort(Comparator.comparing(RuleView::id));
            return views;
        }

        @Override
        public List<FindingView> check(AdministrativeDocument document, Profile profile, Locale locale) {
            ValidationReport report = validator().validate(document, profile == Profile.DRAFT
                    ? io.github.vanban.validation.Profile.DRAFT : io.github.vanban.validation.Profile.ISSUED, locale);
            if (report.failure() != null) {
                throw new IllegalStateException(report.failure());
            }
            List<FindingView> views = new ArrayList<>(report.findings().size());
            for (Finding f : report.findings()) {
                views.add(new FindingView(f.ruleId(), severity(f.severity()), f.pointer(),
                        f.part().displayName(locale), 0, f.message(), f.clause(), f.suggestedFix()));
            }
            return views;
        }

        private DocumentValidator validator() {
            DocumentValidator v = validator;
            if (v == null) {
                synchronized (this) {
                    v = validator;
                    if (v == null) {
                        v = DocumentValidator.of(ruleSet);
                        validator = v;
                    }
                }
            }
            return v;
        }

        private static Severity severity(io.github.vanban.validation.Severity s) {
            return switch (s) {
                case ERROR -> Severity.ERROR;
                case WARNING -> Severity.WARNING;
                case INFO -> Severity.INFO;
            };
        }
    }
}
