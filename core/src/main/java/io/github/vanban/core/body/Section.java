package io.github.vanban.core.body;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Mục — a unit of the content numbered with a Arabic numeral and carrying a title in capitals (Phụ lục I, II.6.đ of
 * Nghị định 30/2020/NĐ-CP).
 *
 * @param number the numeral as written, e.g. "II" or "2"
 * @param title the title (required by the decree; blank only in a faulty document)
 * @param children the nested elements
 */
public record Section(@NotBlank String number, @NotNull String title, @NotNull List<@Valid BodyElement> children)
        implements BodyElement {

    /** Normalises the texts and copies the children. */
    public Section {
        number = number.strip();
        title = VietnameseText.nfc(title.strip());
        children = List.copyOf(children);
    }

    /** @return the heading as printed: "Mục " followed by the number */
    public String heading() {
        return "Mục " + number;
    }
}
