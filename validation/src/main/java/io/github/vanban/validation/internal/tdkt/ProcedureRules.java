package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.award.Ballot;
import io.github.vanban.core.award.CommendationForm;
import io.github.vanban.core.award.CommendationKind;
import io.github.vanban.core.award.CouncilVote;
import io.github.vanban.core.award.EmulationMovement;
import io.github.vanban.core.award.FormCategory;
import io.github.vanban.core.award.MovementForm;
import io.github.vanban.core.award.PublicNotice;
import io.github.vanban.core.award.Regime;
import io.github.vanban.core.award.YearResult;
import io.github.vanban.validation.spi.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * Procedure: the council's vote (Nghị định 98/2023/NĐ-CP, Điều 30 k7), the dossier (Điều 84, Luật Thi đua, khen
 * thưởng 2022; Nghị định 152/2025/NĐ-CP, Điều 6 k2 c), public notice (Nghị định 152/2025/NĐ-CP, Điều 44 k2),
 * movements (Điều 8, 17) and the nominee's standing (Nghị định 152/2025/NĐ-CP, Điều 4 k4).
 */
final class ProcedureRules {

    /** Titles needing the higher (90%) ballot share. */
    private static final Set<String> HIGH_VOTE = Set.of("CSTD_TQ", "CSTD_BO_TINH", "AH_LLVTND", "AH_LAO_DONG");
    /** Titles needing the standard (80%) ballot share. */
    private static final Set<String> STANDARD_VOTE = Set.of("CSTD_CS", "CO_BO_TINH", "CO_CP");
    /** Awards whose dossier Nghị định 152/2025/NĐ-CP, Điều 6 k2 c leaves to ministries and provinces. */
    private static final Set<String> DELEGATED_2025 = Set.of("CSTD_CS", "LDTT", "TTLDTT", "THON_VH", "GD_VH",
            "GIAY_KHEN");
    /** Form categories decided by the Chủ tịch nước: State-level awards. */
    private static final Set<FormCategory> STATE_LEVEL = Set.of(FormCategory.HUAN_CHUONG, FormCategory.HUY_CHUONG,
            FormCategory.DANH_HIEU_VINH_DU);

    private ProcedureRules() {
    }

    /** TDKT-VOTE-01: the ballot share, of all council members, reaches 90% or 80% as the title requires. */
    static void ballot(Dossier d, RuleContext ctx, Env env) {
        if (!(d.document() instanceof AwardProposal p)) {
            return;
        }
        for (Dossier.Item item : d.items()) {
            String code = item.award().code();
            int threshold = HIGH_VOTE.contains(code) ? env.params().highVotePercent()
                    : STANDARD_VOTE.contains(code) ? env.params().standardVotePercent() : -1;
            if (threshold < 0) {
                continue;
            }
            CouncilVote vote = p.councilVote();
            if (vote == null) {
                ctx.violation("noVote").at(item.path("award")).arg("nominee", item.nominee().displayName())
                        .arg("award", env.name(item.award())).report();
                continue;
            }
            Optional<Ballot> ballot = vote.ballot(item.nominee().id(), item.award());
            if (ballot.isEmpty()) {
                ctx.violation("noBallot").at("councilVote", "ballots").arg("nominee", item.nominee().displayName())
                        .arg("award", env.name(item.award())).report();
            } else if ((long) ballot.get().votesFor() * 100 < (long) threshold * vote.totalMembers()) {
                ctx.violation("below").at("councilVote", "ballots", vote.ballots().indexOf(ballot.get()), "votesFor")
                        .arg("nominee", item.nominee().displayName()).arg("award", env.name(item.award()))
                        .arg("votes", ballot.get().votesFor()).arg("members", vote.totalMembers())
                        .arg("percent", ballot.get().votesFor() * 100 / vote.totalMembers())
                        .arg("threshold", threshold).report();
            }
        }
    }

    /** TDKT-VOTE-02: at least the quorum (2/3) of the council attended. */
    static void quorum(Dossier d, RuleContext ctx, Env env) {
        if (!(d.document() instanceof AwardProposal p) || p.councilVote() == null) {
            return;
        }
        CouncilVote v = p.councilVote();
        int num = env.params().quorumNumerator();
        int den = env.params().quorumDenominator();
        if ((long) v.membersPresent() * den < (long) v.totalMembers() * num) {
            ctx.violation("quorum").at("councilVote", "membersPresent").arg("present", v.membersPresent())
                    .arg("members", v.totalMembers()).arg("quorum", num + "/" + den).report();
        }
    }

    /**
     * TDKT-DOSSIER-01: each nominee has a Báo cáo thành tích and, for emulation titles, the council's Biên bản is
     * attached — except, from 01/07/2025, for the awards whose dossier ministries and provinces set.
     */
    static void dossier(Dossier d, RuleContext ctx, Env env) {
        if (!(d.document() instanceof AwardProposal p)) {
            return;
        }
        boolean minutesNeeded = false;
        for (Dossier.Item item : d.items()) {
            if (env.regime() == Regime.R2025 && DELEGATED_2025.contains(item.award().code())) {
                continue;
            }
            minutesNeeded |= item.award().isTitle();
            String id = item.nominee().id();
            if (p.reports().stream().noneMatch(r -> r.nomineeId().equals(id))) {
                ctx.violation("noReport").at(item.path("nominee")).arg("nominee", item.nominee().displayName())
                        .arg("award", env.name(item.award())).report();
            }
        }
        if (minutesNeeded && p.councilVote() == null) {
            ctx.violation("noMinutes").at("councilVote").report();
        }
    }

    /** TDKT-PUBLIC-01: nominees for State-level awards were published for at least 10 working days. */
    static void publicNotice(Dossier d, RuleContext ctx, Env env) {
        if (!(d.document() instanceof AwardProposal p)) {
            return;
        }
        boolean stateLevel = d.items().stream().anyMatch(i -> env.resolve(i.award())
                .filter(t -> t instanceof CommendationForm f && STATE_LEVEL.contains(f.category())).isPresent());
        if (!stateLevel) {
            return;
        }
        PublicNotice notice = p.publicNotice();
        if (notice == null) {
            ctx.violation("missing").at("publicNotice").arg("days", env.params().publicNoticeWorkingDays()).report();
        } else if (notice.workingDays() < env.params().publicNoticeWorkingDays()) {
            ctx.violation("short").at("publicNotice").arg("workingDays", notice.workingDays())
                    .arg("days", env.params().publicNoticeWorkingDays()).report();
        }
    }

    /** TDKT-MOV-01: a phong trào award names its movement, and the assessment year falls within its period. */
    static void movement(Dossier d, RuleContext ctx, Env env) {
        if (d.kind() != CommendationKind.PHONG_TRAO) {
            return;
        }
        EmulationMovement m = d.movement();
        if (m == null) {
            ctx.violation("missing").at("kind").report();
            return;
        }
        Integer y = d.year();
        if (y != null && (m.startDate() != null && y < m.startDate().getYear()
                || m.endDate() != null && y > m.endDate().getYear())) {
            ctx.violation("outside").at("movement").arg("movement", m.name()).arg("year", y)
                    .arg("from", m.startDate() == null ? "—" : Dossier.format(m.startDate()))
                    .arg("to", m.endDate() == null ? "—" : Dossier.format(m.endDate())).report();
        }
    }

    /**
     * TDKT-CO-02: a Cờ thi đua for a chuyên đề movement is given for a movement of at least 3 years, at its
     * summing-up (Điều 26 k2, Luật Thi đua, khen thưởng 2022); "at its summing-up" is read as no earlier than six
     * months before the movement's last day.
     */
    static void movementFlag(Dossier d, RuleContext ctx, Env env) {
        if (d.kind() != CommendationKind.PHONG_TRAO) {
            return;
        }
        for (Dossier.Item item : d.items("CO_BO_TINH")) {
            EmulationMovement m = d.movement();
            if (m == null || m.form() != MovementForm.CHUYEN_DE || m.startDate() == null || m.endDate() == null) {
                ctx.violation("notThematic").at(item.path("award")).arg("nominee", item.nominee().displayName()).report();
            } else if (m.endDate().isBefore(m.startDate().plusYears(3).minusDays(1))) {
                ctx.violation("short").at("movement").arg("movement", m.name())
                        .arg("from", Dossier.format(m.startDate())).arg("to", Dossier.format(m.endDate())).report();
            } else if (d.date().isPresent() && d.date().get().isBefore(m.endDate().minusMonths(6))) {
                ctx.violation("beforeSummingUp").at("movement").arg("movement", m.name())
                        .arg("to", Dossier.format(m.endDate())).report();
            }
        }
    }

    /**
     * TDKT-MONEY-01: the reward for a title is its coefficient (Nghị định 152/2025/NĐ-CP, Điều 50) times the lương
     * cơ sở, rounded up to tens of thousands of đồng (Điều 49).
     */
    static void money(Dossier d, RuleContext ctx, Env env) {
        if (!(d.document() instanceof io.github.vanban.core.award.AwardDecision decision)) {
            return;
        }
        for (Dossier.Item item : d.items()) {
            Long amount = decision.lines().get(item.index()).amount();
            java.util.Optional<java.math.BigDecimal> coefficient = env.resolve(item.award())
                    .filter(t -> t instanceof io.github.vanban.core.award.EmulationTitle)
                    .map(t -> ((io.github.vanban.core.award.EmulationTitle) t).rewardCoefficient());
            if (amount == null || coefficient.isEmpty()) {
                continue;
            }
            long expected = coefficient.get().multiply(java.math.BigDecimal.valueOf(env.params().baseSalary()))
                    .divide(java.math.BigDecimal.valueOf(10_000), 0, java.math.RoundingMode.CEILING).longValueExact()
                    * 10_000;
            if (amount != expected) {
                ctx.violation("amount").at(item.path("amount")).arg("nominee", item.nominee().displayName())
                        .arg("award", env.name(item.award())).arg("amount", Dossier.money(amount)).arg("expected", Dossier.money(expected))
                        .arg("coefficient", coefficient.get().toPlainString().replace('.', ','))
                        .arg("base", Dossier.money(env.params().baseSalary()))
                        .report();
            }
        }
    }

    /**
     * TDKT-BLOCK-01: no award for a nominee disciplined in the assessment year; achievements count only after
     * the discipline period ends (Nghị định 152/2025/NĐ-CP, Điều 4 k4).
     */
    static void blocked(Dossier d, RuleContext ctx, Env env) {
        if (d.year() == null) {
            return;
        }
        for (Dossier.Item item : d.items()) {
            item.nominee().result(d.year()).map(YearResult::discipline).ifPresent(level ->
                    ctx.violation("disciplined").at(item.path("nominee", "history"))
                            .arg("nominee", item.nominee().displayName()).arg("discipline", level.vietnameseName())
                            .arg("year", d.year()).report());
        }
    }
}
