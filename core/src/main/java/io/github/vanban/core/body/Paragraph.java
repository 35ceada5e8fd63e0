package io.github.vanban.core.body;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Đoạn văn — a paragraph of the content (nội dung, ô 6; Phụ lục I, II.6 of Nghị định 30/2020/NĐ-CP), which may
 * give an assignment (giao nhiệm vụ).
 *
 * @param text the paragraph's text
 * @param assignment the assignment the paragraph gives, or {@code null}
 */
public record Paragraph(@NotNull String text, @Nullable @Valid Assignment assignment) implements BodyElement {

    /** Normalises the text to NFC. */
    public Paragraph {
        text = VietnameseText.nfc(text);
    }

    /**
     * @param text the paragraph's text
     * @return a paragraph without assignment
     */
    public static Paragraph of(String text) {
        return new Paragraph(text, null);
    }

    @Override
    public List<BodyElement> children() {
        return List.of();
    }
}
