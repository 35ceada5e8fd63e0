package io.github.vanban.validation.internal.nd30;

import static io.github.vanban.validation.internal.nd30.Fields.APPENDICES;
import static io.github.vanban.validation.internal.nd30.Fields.BODY;
import static io.github.vanban.validation.internal.nd30.Fields.CIRCULATION;
import static io.github.vanban.validation.internal.nd30.Fields.DRAFT_MARKER;
import static io.github.vanban.validation.internal.nd30.Fields.HEADER;
import static io.github.vanban.validation.internal.nd30.Fields.ISSUER;
import static io.github.vanban.validation.internal.nd30.Fields.ORGAN_NAME;

import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.component.CirculationScope;
import io.github.vanban.core.component.Confidentiality;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.component.Urgency;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Issuer (ô 2), độ mật, độ khẩn, phạm vi lưu hành (ô 10, 11), appendices (Phụ lục I, III.1) and the "Dự thảo"
 * marker.
 */
final class OtherRules {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};
    private static final Set<String> ABBREVIATIONS = Set.of("UBND", "HĐND", "UB", "TP", "TW", "BCH", "MTTQ", "BCĐ",
            "TƯ", "KH&CN", "KHCN", "GD&ĐT", "GDĐT", "LĐTBXH", "TN&MT", "TNMT", "NN&PTNT", "VH-TT&DL");
    private static final String ATTACHED = VietnameseText.comparisonKey("kèm theo");
    private static final Pattern APPENDIX_WORD = Pattern.compile("phụ lục", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OtherRules() {
    }

    private static String roman(int n) {
        return n >= 1 && n <= ROMAN.length ? ROMAN[n - 1] : Integer.toString(n);
    }

    /** ND30-CQ-01: the issuer's name is present. */
    static void issuerPresent(AdministrativeDocument doc, RuleContext ctx) {
        if (doc.header().issuer() == null) {
            ctx.violation("missing").at(HEADER, ISSUER).report();
        }
    }

    /** ND30-CQ-03: the issuer's own name is written in full (only the chủ quản line may abbreviate). */
    static void issuerUnabbreviated(AdministrativeDocument doc, RuleContext ctx) {
        Organization o = doc.header().issuer();
        if (o == null) {
            return;
        }
        boolean allCaps = VietnameseText.isUpperCase(o.name());
        String[] words = o.name().split("[\\s,()]+");
        for (int k = 0; k < words.length; k++) {
            String w = words[k].replaceAll("\\.$", "");
            long letters = w.codePoints().filter(Character::isLetter).count();
            // in capitals "TƯ" is also a syllable of the name: "BỘ TƯ PHÁP", "BỘ TƯ LỆNH …", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ";
            // it stands for Trung ương only as the last word after anything but "ĐẦU"
            boolean syllable = allCaps && w.equals("TƯ")
                    && (k < words.length - 1 || k > 0 && words[k - 1].equals("ĐẦU"));
            boolean abbreviation = ABBREVIATIONS.contains(w) && !syllable
                    || (!allCaps && letters >= 2 && VietnameseText.isUpperCase(w) && !w.matches("[IVXLC]+"));
            if (abbreviation) {
                ctx.violation("abbreviation").at(HEADER, ISSUER, ORGAN_NAME).arg("name", o.name()).arg("abbreviation", w)
                        .report();
                return;
            }
        }
    }

    /** ND30-MAT-01: a độ mật level goes in ô 10a, as MẬT, TỐI MẬT or TUYỆT MẬT, not as a circulation notice. */
    static void confidentiality(AdministrativeDocument doc, RuleContext ctx) {
        CirculationScope c = doc.header().circulation();
        if (c != null) {
            Confidentiality.fromStamp(c.notice()).ifPresent(level -> ctx.violation("misplaced")
                    .at(HEADER, CIRCULATION, "notice").arg("notice", c.notice()).arg("level", level.name()).report());
        }
    }

    /** ND30-KHAN-01: an urgency goes in ô 10b, as HỎA TỐC, THƯỢNG KHẨN or KHẨN, not as a circulation notice. */
    static void urgency(AdministrativeDocument doc, RuleContext ctx) {
        CirculationScope c = doc.header().circulation();
        if (c != null) {
            Urgency.fromStamp(c.notice()).ifPresent(level -> ctx.violation("misplaced")
                    .at(HEADER, CIRCULATION, "notice").arg("notice", c.notice()).arg("level", level.name()).report());
        }
    }

    /** ND30-LH-01: a phạm vi lưu hành notice is in capitals ("XEM XONG TRẢ LẠI"). */
    static void circulation(AdministrativeDocument doc, RuleContext ctx) {
        CirculationScope c = doc.header().circulation();
        if (c != null && !VietnameseText.isUpperCase(c.notice())) {
            ctx.violation("upperCase").at(HEADER, CIRCULATION, "notice").arg("notice", c.notice())
                    .fix(VietnameseText.upperCase(c.notice())).report();
        }
    }

    /**
     * ND30-PL-01: when there are appendices, the body refers to them: by the word "phụ lục", or, for a document
     * issued with this one, by "kèm theo" and the attached document's name ("Ban hành kèm theo Quyết định này Quy
     * chế …" for an appendix titled "QUY CHẾ").
     */
    static void appendixReferred(AdministrativeDocument doc, RuleContext ctx) {
        if (doc.body().appendices().isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        TextWalker.content(doc).forEach(t -> texts.add(t.text()));
        doc.body().legalBases().forEach(b -> texts.add(b.text()));
        boolean referred = texts.stream().anyMatch(t -> APPENDIX_WORD.matcher(t).find());
        for (Appendix a : doc.body().appendices()) {
            String[] words = VietnameseText.comparisonKey(a.title()).split(" ");
            String name = words.length >= 2 ? words[0] + " " + words[1] : words[0];
            referred |= texts.stream().map(VietnameseText::comparisonKey)
                    .anyMatch(t -> t.contains(ATTACHED) && t.contains(name));
        }
        if (!referred) {
            ctx.violation("notReferred").at(BODY, APPENDICES).arg("count", doc.body().appendices().size()).report();
        }
    }

    /** ND30-PL-02: two or more appendices are numbered I, II, III … in order. */
    static void appendixNumbers(AdministrativeDocument doc, RuleContext ctx) {
        List<Appendix> list = doc.body().appendices();
        for (int i = 0; i < list.size(); i++) {
            String number = list.get(i).number();
            String expected = roman(i + 1);
            boolean wrong = list.size() >= 2 ? !expected.equals(number) : number != null && !number.equals("I");
            if (wrong) {
                ctx.violation("numbering").at(BODY, APPENDICES, i, "number").arg("found", number == null ? "" : number)
                        .arg("expected", expected).fix(expected).report();
            }
        }
    }

    /** ND30-PL-03: an appendix title is in capitals. */
    static void appendixTitle(AdministrativeDocument doc, RuleContext ctx) {
        List<Appendix> list = doc.body().appendices();
        for (int i = 0; i < list.size(); i++) {
            String title = list.get(i).title();
            if (!VietnameseText.isUpperCase(title)) {
                ctx.violation("upperCase").at(BODY, APPENDICES, i, "title").arg("title", title)
                        .fix(VietnameseText.upperCase(title)).report();
            }
        }
    }

    /**
     * ND30-PL-04: on paper (a handwritten signature), each appendix's reference line "(Kèm theo văn bản số … ngày
     * … của …)" is filled in and names the document's số/ký hiệu; electronic documents leave it blank.
     */
    static void appendixReference(AdministrativeDocument doc, RuleContext ctx) {
        var signature = doc.closing().signature();
        if (signature == null || signature.kind() != SignatureKind.HANDWRITTEN) {
            return;
        }
        DocumentNumber number = doc.header().number();
        List<Appendix> list = doc.body().appendices();
        for (int i = 0; i < list.size(); i++) {
            String line = list.get(i).referenceLine();
            if (line == null) {
                ctx.violation("missing").at(BODY, APPENDICES, i, "referenceLine").report();
            } else if (number != null && !number.isBlank() && !line.contains(number.code())) {
                ctx.violation("mismatch").at(BODY, APPENDICES, i, "referenceLine").arg("line", line)
                        .arg("code", number.code()).report();
            }
        }
    }

    /** ND30-DRAFT-01: an issued document carries no "Dự thảo" marker. */
    static void draftMarker(AdministrativeDocument doc, RuleContext ctx) {
        if (doc.header().draftMarker()) {
            ctx.violation("issued").at(HEADER, DRAFT_MARKER).fix("false").report();
        }
    }

}
