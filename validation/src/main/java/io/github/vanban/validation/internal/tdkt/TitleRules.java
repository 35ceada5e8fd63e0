package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.core.award.Initiative;
import io.github.vanban.core.award.InitiativeLevel;
import io.github.vanban.core.award.Regime;
import io.github.vanban.core.award.TaskRating;
import io.github.vanban.core.award.YearResult;
import io.github.vanban.validation.spi.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Individual emulation titles: Lao động tiên tiến (Điều 24), Chiến sĩ thi đua cơ sở (Điều 23), Chiến sĩ thi đua
 * bộ, ban, ngành, tỉnh (Điều 22) and toàn quốc (Điều 21), Luật Thi đua, khen thưởng 2022; for R2017 the Luật
 * TĐKT 2003 and Nghị định 91/2017/NĐ-CP.
 */
final class TitleRules {

    static final String LDTT = "LDTT";
    static final String CSTD_CS = "CSTD_CS";
    static final String CSTD_BO_TINH = "CSTD_BO_TINH";
    static final String CSTD_TQ = "CSTD_TQ";

    private TitleRules() {
    }

    /** TDKT-LDTT-01: Lao động tiên tiến needs "hoàn thành tốt nhiệm vụ" or better in the year. */
    static void ldttRating(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        for (Dossier.Item item : d.items(LDTT)) {
            TaskRating rating = Chains.rating(item.nominee(), d.year());
            if (rating == null) {
                ctx.violation("noRating").at(item.path("nominee", "history")).arg("nominee", item.nominee().displayName())
                        .arg("year", d.year()).report();
            } else if (!rating.atLeast(TaskRating.HOAN_THANH_TOT)) {
                ctx.violation("rating").at(item.path("nominee", "history")).arg("nominee", item.nominee().displayName())
                        .arg("year", d.year()).arg("rating", rating.vietnameseName()).report();
            }
        }
    }

    /** TDKT-LDTT-02: no Lao động tiên tiến after less than the minimum months of service, or when disciplined. */
    static void ldttService(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        LocalDate yearEnd = LocalDate.of(d.year(), 12, 31);
        for (Dossier.Item item : d.items(LDTT)) {
            if (item.nominee() instanceof IndividualNominee i && i.recruitedOn() != null
                    && i.recruitedOn().isAfter(yearEnd.plusDays(1).minusMonths(env.params().minServiceMonths()))) {
                ctx.violation("recent").at(item.path("nominee", "recruitedOn")).arg("nominee", i.fullName())
                        .arg("recruitedOn", Dossier.format(i.recruitedOn())).arg("months", env.params().minServiceMonths()).report();
            }
            item.nominee().result(d.year()).map(YearResult::discipline).ifPresent(level ->
                    ctx.violation("disciplined").at(item.path("nominee", "history"))
                            .arg("nominee", item.nominee().displayName()).arg("discipline", level.vietnameseName())
                            .arg("year", d.year()).report());
        }
    }

    /** TDKT-CSCS-01: Chiến sĩ thi đua cơ sở needs Lao động tiên tiến in the same year. */
    static void cstdCsNeedsLdtt(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        for (Dossier.Item item : d.items(CSTD_CS)) {
            if (!d.lists(item.nominee(), LDTT) && !Chains.held(item.nominee(), LDTT, d.year(), false)) {
                ctx.violation("noLdtt").at(item.path("award")).arg("nominee", item.nominee().displayName())
                        .arg("year", d.year()).report();
            }
        }
    }

    /**
     * TDKT-CSCS-02: Chiến sĩ thi đua cơ sở needs hoàn thành xuất sắc, or a recognised initiative, research work or
     * combat ingenuity; under R2017 the initiative (or research) is mandatory.
     */
    static void cstdCsBasis(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        for (Dossier.Item item : d.items(CSTD_CS)) {
            boolean initiative = Chains.recognised(item, InitiativeLevel.CO_SO, d.year()) > 0;
            if (env.regime() == Regime.R2017) {
                if (!initiative) {
                    ctx.violation("initiativeRequired").at(item.path("basisInitiatives"))
                            .arg("nominee", item.nominee().displayName()).arg("year", d.year()).report();
                }
            } else if (!initiative && !Chains.excellent(item.nominee(), d.year())) {
                ctx.violation("noBasis").at(item.path("basisInitiatives")).arg("nominee", item.nominee().displayName())
                        .arg("year", d.year()).report();
            }
        }
    }

    /** TDKT-CSCS-03: at most the cap (15% under R2017) of the list's Lao động tiên tiến are Chiến sĩ thi đua cơ sở. */
    static void cstdCsCap(Dossier d, RuleContext ctx, Env env) {
        Integer cap = env.params().cstdCsCapPercent();
        if (cap == null || d.year() == null) {
            return;
        }
        long cstd = d.items(CSTD_CS).stream().map(i -> i.nominee().id()).distinct().count();
        if (cstd == 0) {
            return;
        }
        long ldtt = d.items().stream().filter(i -> i.nominee() instanceof IndividualNominee)
                .filter(i -> i.is(LDTT) || Chains.held(i.nominee(), LDTT, d.year(), false))
                .map(i -> i.nominee().id()).distinct().count();
        long allowed = ldtt * cap / 100;
        if (cstd > allowed) {
            ctx.violation("cap").at(d.items(CSTD_CS).get(0).list()).arg("count", cstd).arg("ldtt", ldtt)
                    .arg("allowed", allowed).arg("percent", cap).report();
        }
    }

    /** TDKT-CSCS-04: the initiatives cited for Chiến sĩ thi đua cơ sở exist and carry a recognition decision. */
    static void cstdCsCertification(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        for (Dossier.Item item : d.items(CSTD_CS)) {
            List<Initiative> own = Nominees.initiatives(item.nominee());
            for (int k = 0; k < item.basisInitiatives().size(); k++) {
                String id = item.basisInitiatives().get(k);
                Initiative initiative = own.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
                if (initiative == null) {
                    ctx.violation("unknownInitiative").at(item.path("basisInitiatives", k))
                            .arg("nominee", item.nominee().displayName()).arg("initiative", id).report();
                } else if (initiative.recognitions().stream().noneMatch(r -> r.decision() != null)) {
                    ctx.violation("noDecision").at(item.path("basisInitiatives", k))
                            .arg("nominee", item.nominee().displayName()).arg("initiative", initiative.name()).report();
                }
            }
            if (item.basisInitiatives().isEmpty() && !Chains.excellent(item.nominee(), d.year())
                    && Chains.recognised(item, InitiativeLevel.CO_SO, d.year()) == 0) {
                ctx.violation("noCertification").at(item.path("basisInitiatives"))
                        .arg("nominee", item.nominee().displayName()).report();
            }
        }
    }

    /** TDKT-CSTDT-01: Chiến sĩ thi đua bộ/tỉnh needs three consecutive Chiến sĩ thi đua cơ sở ending in the year. */
    static void provincialChain(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        for (Dossier.Item item : d.items(CSTD_BO_TINH)) {
            int chain = Chains.consecutiveUpTo(d, item.nominee(), CSTD_CS, d.year(), env.congTrangOnly());
            if (chain < 3) {
                ctx.violation("chain").at(item.path("nominee", "history")).arg("nominee", item.nominee().displayName())
                        .arg("count", chain).arg("year", d.year()).report();
            }
        }
    }

    /** TDKT-CSTDT-02: Chiến sĩ thi đua bộ/tỉnh needs an initiative or research of bộ/tỉnh scope. */
    static void provincialScope(Dossier d, RuleContext ctx, Env env) {
        scope(d, ctx, CSTD_BO_TINH, InitiativeLevel.BO_NGANH_TINH);
    }

    /**
     * TDKT-CSTDTQ-01: Chiến sĩ thi đua toàn quốc needs two consecutive Chiến sĩ thi đua bộ/tỉnh titles (read as:
     * the two latest at most 3 years apart, the later within the 3 years before the assessment year or in it) and
     * an initiative of national scope.
     */
    static void nationalChain(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        for (Dossier.Item item : d.items(CSTD_TQ)) {
            List<Integer> years = Chains.years(item.nominee(), CSTD_BO_TINH, d.year(), env.congTrangOnly());
            int n = years.size();
            boolean chain = n >= 2 && years.get(n - 1) - years.get(n - 2) <= 3 && d.year() - years.get(n - 1) <= 3;
            if (!chain) {
                ctx.violation("chain").at(item.path("nominee", "history")).arg("nominee", item.nominee().displayName())
                        .arg("years", years.isEmpty() ? "—" : years.toString()).report();
            }
        }
        scope(d, ctx, CSTD_TQ, InitiativeLevel.TOAN_QUOC);
    }

    private static void scope(Dossier d, RuleContext ctx, String code, InitiativeLevel level) {
        if (d.year() == null) {
            return;
        }
        for (Dossier.Item item : d.items(code)) {
            if (Chains.recognised(item, level, d.year()) == 0) {
                ctx.violation("scope").at(item.path("basisInitiatives")).arg("nominee", item.nominee().displayName())
                        .arg("scope", level.vietnameseName()).report();
            }
        }
    }
}
