package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.HouseholdNominee;
import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.core.award.InitiativeLevel;
import io.github.vanban.core.award.TaskRating;
import io.github.vanban.validation.spi.RuleContext;

/** Bằng khen bộ, ban, ngành, tỉnh (Điều 74) and Giấy khen (Điều 75), Luật Thi đua, khen thưởng 2022. */
final class FormRules {

    static final String BK_BO_TINH = "BK_BO_TINH";
    static final String GIAY_KHEN = "GIAY_KHEN";

    private FormRules() {
    }

    /**
     * TDKT-BK-01: a Bằng khen bộ/tỉnh for an individual's công trạng rests on Điều 74 k1 d — two consecutive
     * Chiến sĩ thi đua cơ sở, or two consecutive years of hoàn thành xuất sắc with two initiatives recognised at
     * cơ sở; other kinds must state the achievement (points a, b, c, đ).
     */
    static void individualCertificate(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        int y = d.year();
        for (Dossier.Item item : d.items(BK_BO_TINH)) {
            if (!(item.nominee() instanceof IndividualNominee n)) {
                continue;
            }
            if (!d.isCongTrang()) {
                stated(d, item, ctx);
                continue;
            }
            boolean chain = Chains.consecutiveUpTo(d, n, TitleRules.CSTD_CS, y, env.congTrangOnly()) >= 2;
            boolean excellence = Chains.excellent(n, y) && Chains.excellent(n, y - 1)
                    && Chains.basis(item).stream().filter(i -> i.recognitions().stream().anyMatch(r ->
                    r.scopeOfEffect().atLeast(InitiativeLevel.CO_SO) && r.year() >= y - 1 && r.year() <= y)).count() >= 2;
            if (!chain && !excellence) {
                ctx.violation("criterionD").at(item.path("nominee", "history")).arg("nominee", n.fullName())
                        .arg("year", y).report();
            }
        }
    }

    /** TDKT-BK-02: a Bằng khen bộ/tỉnh for a collective's công trạng needs two consecutive years of hoàn thành xuất sắc. */
    static void collectiveCertificate(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        int y = d.year();
        for (Dossier.Item item : d.items(BK_BO_TINH)) {
            if (!(item.nominee() instanceof CollectiveNominee c)) {
                continue;
            }
            if (!d.isCongTrang()) {
                stated(d, item, ctx);
                continue;
            }
            boolean year = Chains.excellent(c, y) || Chains.held(c, "TTLDXS", y, env.congTrangOnly());
            boolean before = Chains.excellent(c, y - 1) || Chains.held(c, "TTLDXS", y - 1, env.congTrangOnly());
            if (!year || !before) {
                ctx.violation("twoYears").at(item.path("nominee", "history")).arg("collective", c.name())
                        .arg("year", y).report();
            }
        }
    }

    /**
     * TDKT-GK-01: a Giấy khen for công trạng needs "hoàn thành tốt nhiệm vụ" or better in the year (individuals and
     * collectives); a proposal for another kind, or for a household, must state the achievement.
     */
    static void certificateOfMerit(Dossier d, RuleContext ctx, Env env) {
        for (Dossier.Item item : d.items(GIAY_KHEN)) {
            if (item.nominee() instanceof HouseholdNominee || !d.isCongTrang()) {
                stated(d, item, ctx);
                continue;
            }
            if (d.year() == null) {
                continue;
            }
            TaskRating rating = Chains.rating(item.nominee(), d.year());
            if (rating == null || !rating.atLeast(TaskRating.HOAN_THANH_TOT)) {
                ctx.violation("rating").at(item.path("nominee", "history"))
                        .arg("nominee", item.nominee().displayName()).arg("year", d.year())
                        .arg("rating", rating == null ? "—" : rating.vietnameseName()).report();
            }
        }
    }

    private static void stated(Dossier d, Dossier.Item item, RuleContext ctx) {
        if ("entries".equals(item.list()) && item.achievementSummary() == null) {
            ctx.violation("noAchievement").at(item.path("achievementSummary"))
                    .arg("nominee", item.nominee().displayName()).report();
        }
    }
}
