package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.Initiative;
import io.github.vanban.core.award.InitiativeAuthor;
import io.github.vanban.core.award.InitiativeRecognition;
import io.github.vanban.validation.spi.RuleContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One achievement, one award (Điều 5 k2 c, Luật Thi đua, khen thưởng 2022); one initiative, one award (Công văn
 * 5007/BNV-TĐKT); initiatives that can be recognised at all (Nghị định 13/2012/NĐ-CP, Điều 3).
 */
final class UniquenessRules {

    private UniquenessRules() {
    }

    /** TDKT-ONE-01: the same nominee is not given the same award twice for the same year. */
    static void oneAward(Dossier d, RuleContext ctx, Env env) {
        Set<String> seen = new HashSet<>();
        for (Dossier.Item item : d.items()) {
            String key = item.nominee().id() + "\u0000" + item.award();
            if (!seen.add(key)) {
                ctx.violation("duplicate").at(item.path("award")).arg("nominee", item.nominee().displayName())
                        .arg("award", env.name(item.award())).report();
            } else if (d.year() != null && item.nominee().result(d.year())
                    .filter(r -> r.awards().stream().anyMatch(a -> a.award().equals(item.award()))).isPresent()) {
                ctx.violation("alreadyHeld").at(item.path("award")).arg("nominee", item.nominee().displayName())
                        .arg("award", env.name(item.award())).arg("year", d.year()).report();
            }
        }
    }

    /** TDKT-ONE-02: an initiative is cited as the basis of only one award. */
    static void oneInitiative(Dossier d, RuleContext ctx, Env env) {
        Map<String, String> firstUse = new HashMap<>();
        for (Dossier.Item item : d.items()) {
            for (int k = 0; k < item.basisInitiatives().size(); k++) {
                String id = item.basisInitiatives().get(k);
                String key = item.nominee().id() + "\u0000" + id;
                String award = env.name(item.award());
                String previous = firstUse.putIfAbsent(key, award);
                if (previous != null) {
                    ctx.violation("reused").at(item.path("basisInitiatives", k)).arg("initiative", id)
                            .arg("nominee", item.nominee().displayName()).arg("award", award).arg("first", previous)
                            .report();
                    continue;
                }
                for (Chains.YearAward held : Chains.awards(item.nominee())) {
                    if (held.award().basisInitiatives().contains(id)) {
                        ctx.violation("usedBefore").at(item.path("basisInitiatives", k)).arg("initiative", id)
                                .arg("nominee", item.nominee().displayName())
                                .arg("first", env.name(held.award().award())).arg("year", held.year()).report();
                        break;
                    }
                }
            }
        }
    }

    /**
     * TDKT-SK-01: the authors' shares add up to 100% when stated, and no recognition predates the first (trial)
     * application.
     */
    static void initiatives(Dossier d, RuleContext ctx, Env env) {
        Set<String> nominees = new HashSet<>();
        for (Dossier.Item item : d.items()) {
            if (!nominees.add(item.nominee().id())) {
                continue;
            }
            var own = Nominees.initiatives(item.nominee());
            for (int k = 0; k < own.size(); k++) {
                Initiative i = own.get(k);
                if (i.authors().stream().allMatch(a -> a.contributionPercent() != null) && !i.authors().isEmpty()) {
                    int sum = i.authors().stream().mapToInt(InitiativeAuthor::contributionPercent).sum();
                    if (sum != 100) {
                        ctx.violation("shares").at(item.path("nominee", "initiatives", k, "authors"))
                                .arg("initiative", i.name()).arg("sum", sum).report();
                    }
                }
                if (i.firstApplicationDate() != null) {
                    for (InitiativeRecognition r : i.recognitions()) {
                        if (r.year() < i.firstApplicationDate().getYear()) {
                            ctx.violation("beforeApplication").at(item.path("nominee", "initiatives", k, "recognitions"))
                                    .arg("initiative", i.name()).arg("year", r.year())
                                    .arg("applied", Dossier.format(i.firstApplicationDate())).report();
                        }
                    }
                }
            }
        }
    }
}
