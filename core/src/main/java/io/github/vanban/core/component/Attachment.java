package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * Tài liệu kèm theo — a document sent with the main one (Điều 8.3 of Nghị định 30/2020/NĐ-CP), such as
 * "(Gửi kèm theo Công văn số 279/UBND-NC ngày 15/02/2023 của Ủy ban nhân dân tỉnh)".
 *
 * @param description the description as written, without the surrounding parentheses
 * @param document the attached document when it is a cited document, or {@code null}
 */
public record Attachment(@NotBlank String description, @Nullable @Valid DocumentReference document) {

    /** Normalises the description to NFC. */
    public Attachment {
        description = VietnameseText.nfc(description.strip());
    }
}
