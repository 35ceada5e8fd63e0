package io.github.vanban.core.body;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Điểm — a point, "a)" with a letter of the Vietnamese alphabet (a, b, c, d, đ, e, g, h, i, k, …; Phụ lục I,
 * II.6.đ of Nghị định 30/2020/NĐ-CP), which may give an assignment.
 *
 * @param letter the letter as written, e.g. "đ"
 * @param text the point's text
 * @param assignment the assignment the point gives, or {@code null}
 * @param children nested elements (sub-points written "-" or "+")
 */
public record Point(@NotBlank String letter, @NotNull String text, @Nullable @Valid Assignment assignment,
                    @NotNull List<@Valid BodyElement> children) implements BodyElement {

    /** The letters of điểm in order: the decree attests a … o, legislative drafting continues p … y. */
    public static final List<String> LETTERS = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
            "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y");

    /** Normalises the texts and copies the children. */
    public Point {
        letter = VietnameseText.nfc(letter.strip());
        text = VietnameseText.nfc(text);
        children = List.copyOf(children);
    }

    /**
     * @param letter the letter
     * @param text the text
     * @return a point without assignment or children
     */
    public static Point of(String letter, String text) {
        return new Point(letter, text, null, List.of());
    }
}
