package io.github.vanban.validation.internal.nd30;

import static io.github.vanban.validation.internal.nd30.Fields.HEADER;
import static io.github.vanban.validation.internal.nd30.Fields.SUBJECT;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.spi.RuleContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tên loại và trích yếu (ô 5; Phụ lục I, II.5 of Nghị định 30/2020/NĐ-CP). */
final class SubjectRules {

    private static final Pattern V_V = Pattern.compile("^(?:V\\s*/\\s*v|v\\s*/\\s*v|V\\s*/\\s*V|Về việc)\\s*:?\\s*(.*)$");

    private SubjectRules() {
    }

    private static long letters(String s) {
        return s.codePoints().filter(Character::isLetter).count();
    }

    /** ND30-TL-02: a trích yếu is present where the type requires one, and is not written in capitals. */
    static void present(AdministrativeDocument doc, RuleContext ctx) {
        if (doc.type().subjectRule() != DocumentType.SubjectRule.REQUIRED) {
            return;
        }
        String subject = doc.header().subject();
        if (subject == null) {
            ctx.violation("missing").at(HEADER, SUBJECT).arg("type", doc.type().vietnameseName()).report();
        } else if (letters(subject) > 3 && VietnameseText.isUpperCase(subject)) {
            String lower = VietnameseText.lowerCase(subject);
            ctx.violation("upperCase").at(HEADER, SUBJECT).arg("subject", subject)
                    .fix(VietnameseText.upperCase(lower.substring(0, 1)) + lower.substring(1)).report();
        }
    }

    /** ND30-TL-03: the trích yếu of a công văn starts "V/v ". */
    static void dispatchPrefix(AdministrativeDocument doc, RuleContext ctx) {
        String subject = doc.header().subject();
        if (subject == null) {
            ctx.violation("missing").at(HEADER, SUBJECT).report();
            return;
        }
        if (subject.startsWith("V/v ")) {
            return;
        }
        Matcher m = V_V.matcher(subject);
        String rest = m.matches() ? m.group(1) : subject;
        if (!rest.isEmpty() && !m.matches()) {
            rest = VietnameseText.lowerCase(rest.substring(0, 1)) + rest.substring(1);
        }
        ctx.violation("prefix").at(HEADER, SUBJECT).arg("subject", subject).fix("V/v " + rest).report();
    }

    /** ND30-TL-04: a quyết định's trích yếu starts "Về việc" (Mẫu 1.2) or "Ban hành"/"Phê duyệt" (Mẫu 1.3). */
    static void decisionPrefix(AdministrativeDocument doc, RuleContext ctx) {
        String subject = doc.header().subject();
        if (subject == null) {
            return;
        }
        if (!(subject.startsWith("Về việc") || subject.startsWith("Ban hành") || subject.startsWith("Phê duyệt"))) {
            ctx.violation("prefix").at(HEADER, SUBJECT).arg("subject", subject).report();
        }
    }
}
