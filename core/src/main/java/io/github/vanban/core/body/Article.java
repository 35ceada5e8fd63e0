package io.github.vanban.core.body;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Điều — an article, "Điều N." followed by its title (Phụ lục I, II.6.đ of Nghị định 30/2020/NĐ-CP).
 *
 * @param number the Arabic number as written, e.g. "1"
 * @param title the title (the decree requires one; may be the article's whole text in a short decision)
 * @param children the clauses, points or paragraphs of the article
 */
public record Article(@NotBlank String number, @NotNull String title, @NotNull List<@Valid BodyElement> children)
        implements BodyElement {

    /** Normalises the texts and copies the children. */
    public Article {
        number = number.strip();
        title = VietnameseText.nfc(title.strip());
        children = List.copyOf(children);
    }

    /** @return the heading as printed: "Điều 1." */
    public String heading() {
        return "Điều " + number + ".";
    }
}
