package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.AuthorityLevel;
import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardType;
import io.github.vanban.core.award.Regime;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may confer what (Điều 78–80, Luật Thi đua, khen thưởng 2022; Nghị định 129/2025/NĐ-CP, Điều 59), which
 * regime and which names apply (Nghị định 152/2025/NĐ-CP, Điều 50, 59), and whether the award fits the subject
 * (Điều 19–20).
 */
final class CompetenceRules {

    /** A superseded text, the regimes in which citing it is wrong, and what replaced it. */
    private record Superseded(String needle, String cited, List<Regime> wrongIn, String replacement) {
    }

    private static final List<Superseded> SUPERSEDED = List.of(
            new Superseded("91/2017/nd-cp", "Nghị định 91/2017/NĐ-CP", List.of(Regime.R2024, Regime.R2025),
                    "Nghị định 98/2023/NĐ-CP (đến 30/06/2025), Nghị định 152/2025/NĐ-CP (từ 01/07/2025)"),
            new Superseded("12/2019/tt-bnv", "Thông tư 12/2019/TT-BNV", List.of(Regime.R2024, Regime.R2025),
                    "Thông tư 01/2024/TT-BNV (đến 30/06/2025), Thông tư 15/2025/TT-BNV (từ 01/07/2025)"),
            new Superseded("98/2023/nd-cp", "Nghị định 98/2023/NĐ-CP", List.of(Regime.R2017, Regime.R2025),
                    "Nghị định 152/2025/NĐ-CP"),
            new Superseded("28/2024/nd-cp", "Nghị định 28/2024/NĐ-CP", List.of(Regime.R2017, Regime.R2025),
                    "Nghị định 152/2025/NĐ-CP"),
            new Superseded("01/2024/tt-bnv", "Thông tư 01/2024/TT-BNV", List.of(Regime.R2017, Regime.R2025),
                    "Thông tư 15/2025/TT-BNV"),
            new Superseded("06/2022/qh15", "Luật Thi đua, khen thưởng số 06/2022/QH15", List.of(Regime.R2017),
                    "Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2013)"),
            new Superseded("152/2025/nd-cp", "Nghị định 152/2025/NĐ-CP", List.of(Regime.R2017, Regime.R2024),
                    "Nghị định 91/2017/NĐ-CP (đến 31/12/2023), Nghị định 98/2023/NĐ-CP (01/01/2024 – 30/06/2025)"));

    private CompetenceRules() {
    }

    private static String fold(String text) {
        return VietnameseText.stripDiacritics(VietnameseText.nfc(text)).toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /**
     * TDKT-REGIME-01: the căn cứ cite the texts of the regime in force on the document's date — not a decree it
     * replaced (Nghị định 152/2025/NĐ-CP, Điều 59 repeals 98/2023 and 28/2024), nor one not yet in force.
     */
    static void citedTexts(Dossier d, RuleContext ctx, Env env) {
        List<LegalBasis> bases = d.document().body().legalBases();
        for (int k = 0; k < bases.size(); k++) {
            String text = fold(bases.get(k).text());
            for (Superseded s : SUPERSEDED) {
                if (s.wrongIn().contains(env.regime()) && text.contains(s.needle())) {
                    ctx.violation("superseded").at("body", "legalBases", k, "text").arg("cited", s.cited())
                            .arg("regime", env.regime().implementingDecree()).arg("replacement", s.replacement())
                            .report();
                }
            }
        }
    }

    /**
     * TDKT-REGIME-02: the assessment year lies in another regime than the document's date; the rule set of the
     * date is applied, and the difference is recorded.
     */
    static void assessmentRegime(Dossier d, RuleContext ctx, Env env) {
        Integer y = d.year();
        if (y == null) {
            return;
        }
        Regime assessed = Regime.on(java.time.LocalDate.of(y, 12, 31));
        if (assessed != env.regime()) {
            ctx.violation("differs").at("assessmentYear").arg("year", y).arg("assessed", assessed.implementingDecree())
                    .arg("applied", env.regime().implementingDecree()).report();
        }
    }

    /** TDKT-AUTH-01: the decision's authority may confer each award in the regime (Điều 78–80; the catalogue). */
    static void competent(Dossier d, RuleContext ctx, Env env) {
        if (!(d.document() instanceof AwardDecision)) {
            return;
        }
        Optional<AuthorityLevel> authority = Authorities.of(d.document());
        if (authority.isEmpty()) {
            return;
        }
        for (Dossier.Item item : d.items()) {
            Optional<AwardType> type = env.resolve(item.award());
            if (type.isPresent() && !type.get().conferrersIn(env.regime()).isEmpty()
                    && !type.get().isConferrableBy(authority.get(), env.regime())) {
                List<String> competent = new ArrayList<>();
                type.get().conferrersIn(env.regime()).forEach(a -> competent.add(a.vietnameseName()));
                ctx.violation("notCompetent").at(item.path("award")).arg("authority", authority.get().vietnameseName())
                        .arg("award", env.name(item.award())).arg("competent", String.join("; ", competent)).report();
            }
        }
    }

    /** TDKT-AUTH-02: no district (cấp huyện) authority issues award documents from 01/07/2025. */
    static void noDistrict(Dossier d, RuleContext ctx, Env env) {
        if (Authorities.isDistrict(d.document())) {
            ctx.violation("district").at("header", "issuer").report();
        }
    }

    /** TDKT-NAME-01: from 01/07/2025 the title is "xã, phường, đặc khu tiêu biểu", not "… thị trấn tiêu biểu". */
    static void names(Dossier d, RuleContext ctx, Env env) {
        String subject = d.document().header().subject();
        if (subject != null && fold(subject).contains("thitrantieubieu")) {
            ctx.violation("oldName").at("header", "subject").fix("xã, phường, đặc khu tiêu biểu").report();
        }
        List<BodyElement> content = d.document().body().content();
        for (int k = 0; k < content.size(); k++) {
            if (content.get(k) instanceof Paragraph p && fold(p.text()).contains("thitrantieubieu")) {
                ctx.violation("oldName").at("body", "content", k, "text").fix("xã, phường, đặc khu tiêu biểu").report();
            }
        }
    }

    /**
     * TDKT-SUBJ-01: the award is in the catalogue, exists in the regime, and applies to the nominee's subject
     * type ("Gia đình văn hóa" only for households, Điều 20 k2).
     */
    static void subject(Dossier d, RuleContext ctx, Env env) {
        for (Dossier.Item item : d.items()) {
            Optional<AwardType> type = env.resolve(item.award());
            if (type.isEmpty()) {
                ctx.violation("unknown").at(item.path("award", "code")).arg("code", item.award().code()).report();
            } else if (!type.get().regimes().contains(env.regime())) {
                ctx.violation("notInRegime").at(item.path("award", "code")).arg("award", type.get().name())
                        .arg("regime", env.regime().implementingDecree()).report();
            } else if (!type.get().appliesTo(item.nominee().subjectType())) {
                ctx.violation("subject").at(item.path("award")).arg("award", type.get().name())
                        .arg("nominee", item.nominee().displayName())
                        .arg("subject", item.nominee().subjectType().vietnameseName()).report();
            }
        }
    }
}
