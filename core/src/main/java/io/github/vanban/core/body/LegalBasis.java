package io.github.vanban.core.body;

import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * Căn cứ ban hành — one legal basis line (Phụ lục I, II.6.a of Nghị định 30/2020/NĐ-CP), kept as written with
 * its closing punctuation (";" on every line but the last, "." on the last), so that it can be checked.
 *
 * @param text the line as written, e.g. "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
 * @param reference the cited document when it could be identified, or {@code null}
 */
public record LegalBasis(@NotBlank String text, @Nullable @Valid DocumentReference reference) {

    /** Normalises the text to NFC. */
    public LegalBasis {
        text = VietnameseText.nfc(text.strip());
    }

    /**
     * @param text the line as written
     * @return a legal basis without identified reference
     */
    public static LegalBasis of(String text) {
        return new LegalBasis(text, null);
    }
}
