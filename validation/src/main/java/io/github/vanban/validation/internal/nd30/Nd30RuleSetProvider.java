package io.github.vanban.validation.internal.nd30;

import io.github.vanban.core.document.DocumentType;
import io.github.vanban.validation.DocumentPart;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.Rule;
import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.Severity;
import io.github.vanban.validation.spi.RuleCheck;
import io.github.vanban.validation.spi.RuleSetProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Provides the rule set {@code nd30-2020}: Nghị định 30/2020/NĐ-CP on công tác văn thư, in force from 2020-03-05
 * (Điều 37). The catalogue (ids, severities, clauses, parts, types, profiles) is the data file
 * {@code nd30-2020.tsv}; the code of each rule is registered by id in {@link Nd30Checks}.
 */
public final class Nd30RuleSetProvider implements RuleSetProvider {

    /** The id of the rule set. */
    public static final String ID = "nd30-2020";

    private static final class Holder {
        static final RuleSet RULE_SET = load();
    }

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public Nd30RuleSetProvider() {
        // nothing to set up: the rule set is loaded once, lazily
    }

    @Override
    public List<RuleSet> ruleSets() {
        return List.of(Holder.RULE_SET);
    }

    /** @return the rule set nd30-2020 */
    public static RuleSet ruleSet() {
        return Holder.RULE_SET;
    }

    private static RuleSet load() {
        Map<String, RuleCheck> checks = Nd30Checks.all();
        RuleSet.Builder set = RuleSet.builder(ID).family("nd30").version("1.0")
                .validity(LocalDate.of(2020, 3, 5), null);
        Set<String> seen = new HashSet<>();
        for (Rule rule : catalogue()) {
            RuleCheck check = checks.get(rule.id());
            if (check == null) {
                throw new IllegalStateException("rule " + rule.id() + " of nd30-2020.tsv has no code in Nd30Checks");
            }
            set.rule(rule, check);
            seen.add(rule.id());
        }
        for (String id : checks.keySet()) {
            if (!seen.contains(id)) {
                throw new IllegalStateException("Nd30Checks has code for " + id + ", which nd30-2020.tsv does not list");
            }
        }
        return set.build();
    }

    /** @return the rules of the catalogue file, in order */
    static List<Rule> catalogue() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Nd30RuleSetProvider.class.getResourceAsStream("nd30-2020.tsv")) {
            if (in == null) {
                throw new IllegalStateException("nd30-2020.tsv is missing from vanban-validation");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException("nd30-2020.tsv line " + lineNumber + ": expected 7 columns, got " + f.length);
                }
                try {
                    rules.add(Rule.builder().id(f[0]).severity(Severity.valueOf(f[1])).basis(Rule.Basis.valueOf(f[2]))
                            .part(DocumentPart.valueOf(f[3])).clause(f[4]).documentTypes(types(f[5]))
                            .profiles(profiles(f[6])).build());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("nd30-2020.tsv line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static Set<DocumentType> types(String spec) {
        if (spec.equals("*")) {
            return Set.of();
        }
        boolean except = spec.startsWith("-");
        EnumSet<DocumentType> listed = EnumSet.noneOf(DocumentType.class);
        for (String t : (except ? spec.substring(1) : spec).split(",")) {
            listed.add(DocumentType.valueOf(t.strip()));
        }
        return except ? EnumSet.complementOf(listed) : listed;
    }

    private static Set<Profile> profiles(String spec) {
        EnumSet<Profile> out = EnumSet.noneOf(Profile.class);
        for (String p : spec.split(",")) {
            out.add(Profile.valueOf(p.strip()));
        }
        return out;
    }
}
