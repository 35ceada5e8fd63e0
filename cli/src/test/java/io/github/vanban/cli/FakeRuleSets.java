package io.github.vanban.cli;

import io.github.vanban.cli.internal.FindingView;
import io.github.vanban.cli.internal.Profile;
import io.github.vanban.cli.internal.RuleEngine;
import io.github.vanban.cli.internal.RuleSets;
import io.github.vanban.cli.internal.RuleView;
import io.github.vanban.cli.internal.Severity;
import io.github.vanban.core.document.AdministrativeDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rule set of two rules with known findings, so that the command's plumbing is tested apart from the real
 * rules: T-SO (ERROR) when an issued document has a blank number, T-VV (WARNING, with a fix) when a subject does
 * not start with "V/v".
 */
final class FakeRuleSets implements RuleSets {

    static final String ID = "test-2024";

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public Optional<RuleEngine> find(String id) {
        return ID.equals(id) ? Optional.of(new Engine()) : Optional.empty();
    }

    private static final class Engine implements RuleEngine {

        @Override
        public String ruleSetId() {
            return ID;
        }

        @Override
        public List<RuleView> rules(Locale locale) {
            boolean vi = "vi".equals(locale.getLanguage());
            return List.of(
                    new RuleView("T-SO", Severity.ERROR, vi ? "Số, ký hiệu" : "Number", "Phụ lục I, II.3",
                            vi ? "Văn bản đã ban hành phải có số." : "An issued document has a number.",
                            vi ? "Ghi số thứ tự của văn bản." : "Write the number of the document."),
                    new RuleView("T-VV", Severity.WARNING, vi ? "Trích yếu" : "Subject", "Phụ lục I, II.5.b",
                            vi ? "Trích yếu công văn bắt đầu bằng \"V/v\"." : "A dispatch subject starts with "
                                    + "\"V/v\".", "V/v"));
        }

        @Override
        public List<FindingView> check(AdministrativeDocument document, Profile profile, Locale locale) {
            List<RuleView> rules = rules(locale);
            List<FindingView> out = new ArrayList<>();
            String number = document.header().number() == null ? null : document.header().number().number();
            if (profile == Profile.ISSUED && (number == null || number.isBlank())) {
                RuleView r = rules.get(0);
                out.add(new FindingView(r.id(), r.severity(), "/header/number/codeNumber", r.part(), 0,
                        r.message(), r.clause(), null));
            }
            String subject = document.header().subject();
            if (subject != null && !subject.startsWith("V/v")) {
                RuleView r = rules.get(1);
                out.add(new FindingView(r.id(), r.severity(), "/header/subject", r.part(), 0, r.message(),
                        r.clause(), "V/v " + subject));
            }
            return out;
        }
    }
}
