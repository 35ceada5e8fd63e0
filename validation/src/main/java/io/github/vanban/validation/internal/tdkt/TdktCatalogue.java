package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.Regime;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.validation.DocumentPart;
import io.github.vanban.validation.Rule;
import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.Severity;
import io.github.vanban.validation.tdkt.TdktParameters;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@code tdkt-*} rule sets from the catalogue file {@code tdkt.tsv} and the code in {@link TdktChecks}.
 */
public final class TdktCatalogue {

    /** One line of the catalogue: a rule and its severity (or absence) in each regime. */
    private record Line(String id, DocumentPart part, String clause, Map<Regime, Rule> byRegime) {
    }

    private static final class Holder {
        static final List<Line> LINES = load();
    }

    private TdktCatalogue() {
    }

    /**
     * @param id the rule set id
     * @param regime the regime whose rules and severities to use
     * @param params the parameters
     * @return the rule set, family "tdkt", valid for the regime's dates
     */
    public static RuleSet ruleSet(String id, Regime regime, TdktParameters params) {
        Env env = new Env(regime, params);
        Map<String, DossierCheck> checks = TdktChecks.all();
        RuleSet.Builder set = RuleSet.builder(id).family("tdkt").version("1.0")
                .validity(regime.validFrom().orElse(java.time.LocalDate.of(2003, 11, 26)),
                        regime.validUntil().orElse(null));
        for (Line line : Holder.LINES) {
            Rule rule = line.byRegime().get(regime);
            if (rule != null) {
                set.rule(rule, checks.get(line.id()).bind(env));
            }
        }
        return set.build();
    }

    /** @return every rule id of the catalogue, in order */
    public static List<String> ruleIds() {
        return Holder.LINES.stream().map(Line::id).toList();
    }

    private static List<Line> load() {
        Map<String, DossierCheck> checks = TdktChecks.all();
        List<Line> lines = new ArrayList<>();
        try (InputStream in = TdktCatalogue.class.getResourceAsStream("tdkt.tsv")) {
            if (in == null) {
                throw new IllegalStateException("tdkt.tsv is missing from vanban-validation");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = text.split("\t", -1);
                if (c.length != 6) {
                    throw new IllegalStateException("tdkt.tsv line " + number + ": expected 6 columns, found " + c.length);
                }
                if (!checks.containsKey(c[0])) {
                    throw new IllegalStateException("rule " + c[0] + " of tdkt.tsv has no code in TdktChecks");
                }
                DocumentPart part = DocumentPart.valueOf(c[1]);
                Map<Regime, Rule> byRegime = new EnumMap<>(Regime.class);
                Regime[] regimes = Regime.values();
                for (int r = 0; r < regimes.length; r++) {
                    String cell = c[3 + r].strip();
                    if (cell.equals("-")) {
                        continue;
                    }
                    String[] sb = cell.split("/");
                    byRegime.put(regimes[r], Rule.builder().id(c[0]).severity(Severity.valueOf(sb[0])).clause(c[2])
                            .part(part).documentTypes(Set.of(DocumentType.TO_TRINH, DocumentType.QUYET_DINH))
                            .basis(sb.length > 1 ? Rule.Basis.valueOf(sb[1]) : Rule.Basis.VERIFIED).build());
                }
                lines.add(new Line(c[0], part, c[2], byRegime));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.size() != checks.size()) {
            throw new IllegalStateException("TdktChecks has code for rules tdkt.tsv does not list");
        }
        return List.copyOf(lines);
    }
}
