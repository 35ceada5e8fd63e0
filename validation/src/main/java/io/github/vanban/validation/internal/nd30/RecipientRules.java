package io.github.vanban.validation.internal.nd30;

import static io.github.vanban.validation.internal.nd30.Fields.ADDRESSEES;
import static io.github.vanban.validation.internal.nd30.Fields.ARCHIVE;
import static io.github.vanban.validation.internal.nd30.Fields.CLOSING;
import static io.github.vanban.validation.internal.nd30.Fields.DRAFTER_MARK;
import static io.github.vanban.validation.internal.nd30.Fields.PROMULGATION_AMOUNT;
import static io.github.vanban.validation.internal.nd30.Fields.RECIPIENTS;
import static io.github.vanban.validation.internal.nd30.Fields.TO_PLACES;
import static io.github.vanban.validation.internal.nd30.Fields.TYPER_NOTATION;

import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Report;
import io.github.vanban.core.document.Submission;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** Nơi nhận (ô 9; Phụ lục I, II.9 of Nghị định 30/2020/NĐ-CP) and the drafter mark (ô 12; III.3). */
final class RecipientRules {

    private RecipientRules() {
    }

    private static String line(Recipient r, String ending) {
        return r.name() + (r.purpose() == null ? "" : " (" + r.purpose() + ")") + ending;
    }

    /** ND30-NN-01: the document has a Nơi nhận. */
    static void present(AdministrativeDocument doc, RuleContext ctx) {
        Recipients r = doc.closing().recipients();
        if (r.distribution().isEmpty() && r.archive() == null) {
            ctx.violation("missing").at(CLOSING, RECIPIENTS, TO_PLACES).report();
        }
    }

    /** ND30-NN-02: each Nơi nhận item is "- …;". */
    static void itemEndings(AdministrativeDocument doc, RuleContext ctx) {
        List<Recipient> items = doc.closing().recipients().distribution();
        for (int i = 0; i < items.size(); i++) {
            Recipient r = items.get(i);
            if (!r.ending().equals(";")) {
                ctx.violation("ending").at(CLOSING, RECIPIENTS, TO_PLACES, i).arg("line", "- " + r.format())
                        .fix("- " + line(r, ";")).report();
            }
        }
    }

    /** ND30-NN-03: the last line is "- Lưu: VT, ….", VT first, ending with ".". */
    static void archive(AdministrativeDocument doc, RuleContext ctx) {
        Recipients r = doc.closing().recipients();
        ArchiveLine a = r.archive();
        if (a == null) {
            if (!r.distribution().isEmpty()) {
                ctx.violation("missing").at(CLOSING, RECIPIENTS, ARCHIVE).fix("- Lưu: VT.").report();
            }
            return;
        }
        List<String> units = a.units();
        boolean vtFirst = units.get(0).equals(ArchiveLine.VAN_THU);
        if (!vtFirst || !a.ending().equals(".")) {
            List<String> fixed = new ArrayList<>(units);
            fixed.removeIf(u -> VietnameseText.sameWords(u, ArchiveLine.VAN_THU));
            fixed.add(0, ArchiveLine.VAN_THU);
            String fix = "- " + new ArchiveLine(fixed, a.copies(), ".").format();
            ctx.violation(vtFirst ? "ending" : "vtFirst").at(CLOSING, RECIPIENTS, ARCHIVE)
                    .arg("line", "- " + a.format()).fix(fix).report();
        }
    }

    /**
     * ND30-NN-05: a công văn, and a tờ trình or báo cáo sent to a higher body, has "Kính gửi"; a công văn, tờ
     * trình or báo cáo with "Kính gửi" starts its Nơi nhận with "Như trên".
     */
    static void addressedDocuments(AdministrativeDocument doc, RuleContext ctx) {
        Recipients r = doc.closing().recipients();
        if (r.addressees().isEmpty()) {
            if (doc.type() == DocumentType.CONG_VAN) {
                ctx.violation("kinhGui").at(CLOSING, RECIPIENTS, ADDRESSEES).report();
            } else if (sentUpward(doc)) {
                ctx.violation("kinhGuiUpward").at(CLOSING, RECIPIENTS, ADDRESSEES)
                        .arg("type", doc.type().vietnameseName()).report();
            }
            return;
        }
        List<Recipient> items = r.distribution();
        if (items.isEmpty()) {
            ctx.violation("asAboveFirst").at(CLOSING, RECIPIENTS, TO_PLACES).arg("first", "").fix("- Như trên;")
                    .report();
        } else if (!items.get(0).isAsAbove()) {
            ctx.violation("asAboveFirst").at(CLOSING, RECIPIENTS, TO_PLACES, 0).arg("first", items.get(0).name())
                    .fix("- Như trên;").report();
        }
    }

    private static boolean sentUpward(AdministrativeDocument doc) {
        return doc instanceof Submission s && s.toHigherAuthority() || doc instanceof Report rep && rep.toHigherAuthority();
    }

    /** ND30-NN-06: several Kính gửi lines end with ";", the last with "."; a single one on its own line. */
    static void addresseeEndings(AdministrativeDocument doc, RuleContext ctx) {
        List<Recipient> list = doc.closing().recipients().addressees();
        if (list.size() == 1) {
            Recipient r = list.get(0);
            if (!r.ending().isEmpty() && !r.ending().equals(".")) {
                ctx.violation("single").at(CLOSING, RECIPIENTS, ADDRESSEES, 0).arg("line", r.format())
                        .fix(line(r, "")).report();
            }
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Recipient r = list.get(i);
            String expected = i == list.size() - 1 ? "." : ";";
            if (!r.ending().equals(expected)) {
                ctx.violation("ending").at(CLOSING, RECIPIENTS, ADDRESSEES, i).arg("line", "- " + r.format())
                        .arg("expected", expected).fix("- " + line(r, expected)).report();
            }
        }
    }

    /** ND30-NN-07: a quyết định or nghị quyết usually starts its Nơi nhận with "Như Điều …". */
    static void asArticle(AdministrativeDocument doc, RuleContext ctx) {
        List<Recipient> items = doc.closing().recipients().distribution();
        if (!items.isEmpty() && !VietnameseText.lowerCase(items.get(0).name()).startsWith("như điều")) {
            ctx.violation("first").at(CLOSING, RECIPIENTS, TO_PLACES, 0).arg("first", items.get(0).name()).report();
        }
    }

    /** ND30-NN-08: the number of copies issued covers the recipients listed. */
    static void copies(AdministrativeDocument doc, RuleContext ctx) {
        DrafterMark mark = doc.closing().drafterMark();
        int listed = doc.closing().recipients().distribution().size();
        if (mark != null && mark.copies() != null && mark.copies() < listed) {
            ctx.violation("fewer").at(CLOSING, DRAFTER_MARK, PROMULGATION_AMOUNT).arg("copies", mark.copies())
                    .arg("recipients", listed).report();
        }
    }

    /** ND30-KH-01: the drafter's initials are in capitals. */
    static void drafterMark(AdministrativeDocument doc, RuleContext ctx) {
        DrafterMark mark = doc.closing().drafterMark();
        if (mark != null && !VietnameseText.isUpperCase(mark.initials())) {
            ctx.violation("initials").at(CLOSING, DRAFTER_MARK, TYPER_NOTATION).arg("initials", mark.initials())
                    .fix(VietnameseText.upperCase(mark.initials())).report();
        }
    }
}
