package io.github.vanban.validation;

import io.github.vanban.validation.spi.RuleSetProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Danh mục bộ quy tắc — the rule sets found through {@link ServiceLoader} ({@link RuleSetProvider}), looked up by
 * id or by the date of a document. Loaded once, on first use; thread-safe.
 */
public final class RuleSets {

    private RuleSets() {
    }

    private static final class Holder {
        static final Map<String, RuleSet> ALL = load();

        private static Map<String, RuleSet> load() {
            Map<String, RuleSet> all = new LinkedHashMap<>();
            List<RuleSetProvider> providers = new ArrayList<>();
            ServiceLoader.load(RuleSetProvider.class, RuleSets.class.getClassLoader()).forEach(providers::add);
            for (RuleSetProvider provider : providers) {
                add(all, provider, provider.ruleSets());
            }
            Map<String, RuleSet> firstRound = Map.copyOf(all);
            Function<String, RuleSet> lookup = id -> {
                RuleSet set = firstRound.get(id);
                if (set == null) {
                    throw new NoSuchElementException("no rule set \"" + id + "\" to derive from; known: "
                            + firstRound.keySet());
                }
                return set;
            };
            for (RuleSetProvider provider : providers) {
                add(all, provider, provider.derivedRuleSets(lookup));
            }
            return Map.copyOf(all);
        }

        private static void add(Map<String, RuleSet> all, RuleSetProvider provider, List<RuleSet> sets) {
            for (RuleSet set : sets) {
                RuleSet previous = all.putIfAbsent(set.id(), set);
                if (previous != null) {
                    throw new IllegalStateException("two providers define rule set " + set.id() + ": "
                            + provider.getClass().getName());
                }
            }
        }
    }

    /** @return every rule set found, ordered by family then start of validity */
    public static List<RuleSet> all() {
        List<RuleSet> list = new ArrayList<>(Holder.ALL.values());
        list.sort(Comparator.comparing(RuleSet::family).thenComparing(RuleSet::validFrom).thenComparing(RuleSet::id));
        return List.copyOf(list);
    }

    /**
     * @param id a rule set id, e.g. "nd30-2020"
     * @return the rule set, when found
     */
    public static Optional<RuleSet> find(String id) {
        return Optional.ofNullable(Holder.ALL.get(id));
    }

    /**
     * @param id a rule set id
     * @return the rule set
     * @throws NoSuchElementException naming the known ids when there is none with that id
     */
    public static RuleSet get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no rule set \"" + id + "\"; known: "
                + all().stream().map(RuleSet::id).toList()));
    }

    /**
     * Picks the rule set of a family that applies to a date: {@code forDate("nd30", 2023-02-05)} is
     * {@code nd30-2020}. Only rule sets that are not based on another are candidates, so an agency's derived set
     * is never picked by accident. When several match, the latest start of validity wins.
     *
     * @param family the family, e.g. "nd30" or "tdkt"
     * @param date the document's date
     * @return the rule set, when one applies
     */
    public static Optional<RuleSet> forDate(String family, LocalDate date) {
        return all().stream()
                .filter(s -> s.family().equals(family) && s.basedOn().isEmpty() && s.isValidOn(date))
                .max(Comparator.comparing(RuleSet::validFrom));
    }

    /**
     * @param date a document's date
     * @return for each family, the rule set that applies to that date
     */
    public static List<RuleSet> forDate(LocalDate date) {
        List<RuleSet> out = new ArrayList<>();
        all().stream().map(RuleSet::family).distinct().forEach(f -> forDate(f, date).ifPresent(out::add));
        return List.copyOf(out);
    }
}
