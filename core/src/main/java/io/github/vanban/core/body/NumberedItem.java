package io.github.vanban.core.body;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Mục đánh số — a numbered item of a document without articles (a công văn's "1.", "2.", a báo cáo's "I.",
 * "a)"; the phần, mục "from large to small" of Phụ lục I, II.6.đ of Nghị định 30/2020/NĐ-CP), which may give an
 * assignment.
 *
 * @param label the label as written without its punctuation: "1", "IV", "a"
 * @param text the item's text
 * @param assignment the assignment the item gives, or {@code null}
 * @param children nested elements
 */
public record NumberedItem(@NotBlank String label, @NotNull String text, @Nullable @Valid Assignment assignment,
                           @NotNull List<@Valid BodyElement> children) implements BodyElement {

    /** Normalises the text and copies the children. */
    public NumberedItem {
        label = label.strip();
        text = VietnameseText.nfc(text);
        children = List.copyOf(children);
    }

    /**
     * @param label the label, e.g. "1"
     * @param text the item's text
     * @return an item without assignment or children
     */
    public static NumberedItem of(String label, String text) {
        return new NumberedItem(label, text, null, List.of());
    }
}
