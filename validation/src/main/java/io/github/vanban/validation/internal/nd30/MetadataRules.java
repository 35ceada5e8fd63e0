package io.github.vanban.validation.internal.nd30;

import static io.github.vanban.validation.internal.nd30.Fields.ADDRESSEES;
import static io.github.vanban.validation.internal.nd30.Fields.CLOSING;
import static io.github.vanban.validation.internal.nd30.Fields.CODE_NOTATION;
import static io.github.vanban.validation.internal.nd30.Fields.CODE_NUMBER;
import static io.github.vanban.validation.internal.nd30.Fields.DRAFTER_MARK;
import static io.github.vanban.validation.internal.nd30.Fields.HEADER;
import static io.github.vanban.validation.internal.nd30.Fields.ISSUER;
import static io.github.vanban.validation.internal.nd30.Fields.NUMBER;
import static io.github.vanban.validation.internal.nd30.Fields.ORGAN_NAME;
import static io.github.vanban.validation.internal.nd30.Fields.PROMULGATION_AMOUNT;
import static io.github.vanban.validation.internal.nd30.Fields.RECIPIENTS;
import static io.github.vanban.validation.internal.nd30.Fields.SIGNER;
import static io.github.vanban.validation.internal.nd30.Fields.SUBJECT;
import static io.github.vanban.validation.internal.nd30.Fields.TO_PLACES;

import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.validation.spi.RuleContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Thông tin đầu vào (Phụ lục VI, Phần II of Nghị định 30/2020/NĐ-CP): field lengths and numeric ranges. */
final class MetadataRules {

    private MetadataRules() {
    }

    private static void length(RuleContext ctx, @Nullable String value, String tag, int max, Object... path) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            ctx.violation("length").at(path).arg("field", tag).arg("max", max)
                    .arg("length", value.codePointCount(0, value.length())).report();
        }
    }

    /** ND30-META-01: the lengths of Phụ lục VI (CodeNumber 11, CodeNotation 30, Subject 500 …). */
    static void lengths(AdministrativeDocument doc, RuleContext ctx) {
        var h = doc.header();
        if (h.number() != null) {
            length(ctx, h.number().number(), "CodeNumber", 11, HEADER, NUMBER, CODE_NUMBER);
            length(ctx, h.number().notation(), "CodeNotation", 30, HEADER, NUMBER, CODE_NOTATION);
        }
        length(ctx, h.subject(), "Subject", 500, HEADER, SUBJECT);
        if (h.issuer() != null) {
            length(ctx, h.issuer().name(), "OrganName", 200, HEADER, ISSUER, ORGAN_NAME);
        }
        var s = doc.closing().signature();
        if (s != null) {
            length(ctx, s.position().orElse(null), "Position", 100, CLOSING, SIGNER, "lines",
                    Math.max(0, s.lines().size() - 1), "title");
            length(ctx, s.fullName(), "FullName", 50, CLOSING, SIGNER, "fullName");
        }
        names(ctx, doc.closing().recipients().addressees(), ADDRESSEES);
        names(ctx, doc.closing().recipients().distribution(), TO_PLACES);
    }

    private static void names(RuleContext ctx, List<Recipient> list, String field) {
        for (int i = 0; i < list.size(); i++) {
            length(ctx, list.get(i).name(), "OrganName", 200, CLOSING, RECIPIENTS, field, i, "name");
        }
    }

    /** ND30-META-02: numeric ranges of Phụ lục VI (IssuedAmount ≤ 999). */
    static void ranges(AdministrativeDocument doc, RuleContext ctx) {
        var mark = doc.closing().drafterMark();
        if (mark != null && mark.copies() != null && mark.copies() > 999) {
            ctx.violation("range").at(CLOSING, DRAFTER_MARK, PROMULGATION_AMOUNT).arg("field", "IssuedAmount")
                    .arg("max", 999).arg("value", mark.copies()).report();
        }
    }
}
