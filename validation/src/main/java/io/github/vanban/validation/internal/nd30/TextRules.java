package io.github.vanban.validation.internal.nd30;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.text.LegacyEncoding;
import io.github.vanban.core.text.LegacyEncodingDetector;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.spi.RuleContext;
import java.util.Optional;
import java.util.stream.Collectors;

/** Unicode text (Phụ lục I, I.4 of Nghị định 30/2020/NĐ-CP: TCVN 6909:2001). */
final class TextRules {

    private TextRules() {
    }

    /** ND30-FONT-03: no text typed in a legacy encoding (TCVN3/ABC, VNI). */
    static void legacyEncoding(AdministrativeDocument doc, RuleContext ctx) {
        for (TextWalker.Located t : TextWalker.all(doc)) {
            Optional<LegacyEncoding> e = LegacyEncodingDetector.detect(t.text());
            if (e.isPresent()) {
                ctx.violation("legacy").at(t.path().toArray()).arg("encoding", e.get()).arg("text", t.text()).report();
            }
        }
    }

    /** ND30-TXT-01: text is in Unicode normalisation form C (dựng sẵn). */
    static void nfc(AdministrativeDocument doc, RuleContext ctx) {
        for (TextWalker.Located t : TextWalker.all(doc)) {
            if (!VietnameseText.isNfc(t.text())) {
                ctx.violation("nfc").at(t.path().toArray()).fix(VietnameseText.nfc(t.text())).report();
            }
        }
    }

    /** ND30-TXT-02: no Latin Ð/ð (U+00D0/U+00F0) written for the Vietnamese Đ/đ (U+0110/U+0111). */
    static void lookAlikes(AdministrativeDocument doc, RuleContext ctx) {
        for (TextWalker.Located t : TextWalker.all(doc)) {
            if (VietnameseText.containsLookAlikes(t.text())) {
                ctx.violation("lookAlike").at(t.path().toArray()).arg("text", t.text())
                        .fix(VietnameseText.replaceLookAlikes(t.text())).report();
            }
        }
    }

    /** ND30-TXT-03: one tone-mark placement ("hòa" or "hoà") throughout the document. */
    static void tonePlacement(AdministrativeDocument doc, RuleContext ctx) {
        String all = TextWalker.all(doc).stream().map(TextWalker.Located::text).collect(Collectors.joining("\n"));
        if (VietnameseText.hasMixedTonePlacement(all)) {
            ctx.violation("mixed").report();
        }
    }
}
