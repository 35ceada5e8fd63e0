package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.MemberResult;
import io.github.vanban.core.award.TaskRating;
import io.github.vanban.validation.spi.RuleContext;
import java.util.function.BiConsumer;

/**
 * Collective titles: Tập thể lao động tiên tiến (Điều 28) and Tập thể lao động xuất sắc (Điều 27), Luật Thi đua,
 * khen thưởng 2022, counted from the members' results of the assessment year.
 */
final class CollectiveRules {

    private CollectiveRules() {
    }

    private static boolean ldtt(MemberResult m) {
        return m.holds(TitleRules.LDTT) || m.holds(TitleRules.CSTD_CS);
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }

    /**
     * TDKT-TTLDTT-01: at least 70% of members Lao động tiên tiến, nobody disciplined at cảnh cáo or above, the
     * collective rated hoàn thành tốt nhiệm vụ or better.
     */
    static void advanced(Dossier d, RuleContext ctx, Env env) {
        forEachCollective(d, "TTLDTT", ctx, env, (item, c) -> {
            for (int k = 0; k < c.members().size(); k++) {
                MemberResult m = c.members().get(k);
                if (m.discipline() != null && m.discipline().isWarningOrAbove()) {
                    ctx.violation("discipline").at(item.path("nominee", "members", k, "discipline"))
                            .arg("collective", c.name()).arg("member", m.fullName())
                            .arg("discipline", m.discipline().vietnameseName()).report();
                }
            }
            TaskRating rating = d.year() == null ? null : Chains.rating(c, d.year());
            if (rating != null && !rating.atLeast(TaskRating.HOAN_THANH_TOT)) {
                ctx.violation("rating").at(item.path("nominee", "history")).arg("collective", c.name())
                        .arg("rating", rating.vietnameseName()).report();
            }
        });
    }

    /**
     * TDKT-TTLDXS-01: 100% of members hoàn thành nhiệm vụ, at least 70% Lao động tiên tiến, at least one Chiến sĩ
     * thi đua cơ sở, the collective rated hoàn thành xuất sắc nhiệm vụ.
     */
    static void excellent(Dossier d, RuleContext ctx, Env env) {
        forEachCollective(d, "TTLDXS", ctx, env, (item, c) -> {
            for (int k = 0; k < c.members().size(); k++) {
                MemberResult m = c.members().get(k);
                if (m.taskRating() == null || !m.taskRating().atLeast(TaskRating.HOAN_THANH)) {
                    ctx.violation("incomplete").at(item.path("nominee", "members", k, "taskRating"))
                            .arg("collective", c.name()).arg("member", m.fullName()).report();
                }
            }
            if (c.members().stream().noneMatch(m -> m.holds(TitleRules.CSTD_CS))) {
                ctx.violation("noCstd").at(item.path("nominee", "members")).arg("collective", c.name()).report();
            }
            if (d.year() != null && !Chains.excellent(c, d.year())) {
                ctx.violation("rating").at(item.path("nominee", "history")).arg("collective", c.name())
                        .arg("year", d.year()).report();
            }
        });
    }

    /** Runs a check on every collective row of a title whose members are listed, after the share check. */
    private static void forEachCollective(Dossier d, String code, RuleContext ctx, Env env,
                                          BiConsumer<Dossier.Item, CollectiveNominee> check) {
        for (Dossier.Item item : d.items(code)) {
            if (item.nominee() instanceof CollectiveNominee c && share(item, c, ctx, env)) {
                check.accept(item, c);
            }
        }
    }

    /** Reports a missing member list or a share of Lao động tiên tiến below the parameter; false when no members. */
    private static boolean share(Dossier.Item item, CollectiveNominee c, RuleContext ctx, Env env) {
        if (c.members().isEmpty()) {
            ctx.violation("noMembers").at(item.path("nominee", "members")).arg("collective", c.name()).report();
            return false;
        }
        long ldtt = c.members().stream().filter(CollectiveRules::ldtt).count();
        long pct = percent(ldtt, c.members().size());
        if (ldtt * 100 < (long) env.params().collectiveLdttPercent() * c.members().size()) {
            ctx.violation("share").at(item.path("nominee", "members")).arg("collective", c.name())
                    .arg("ldtt", ldtt).arg("members", c.members().size()).arg("percent", pct)
                    .arg("required", env.params().collectiveLdttPercent()).report();
        }
        return true;
    }
}
