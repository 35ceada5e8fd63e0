package io.github.vanban.core.body;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Khoản — a clause, "N." in Arabic numerals (Phụ lục I, II.6.đ of Nghị định 30/2020/NĐ-CP), which may give an
 * assignment.
 *
 * @param number the Arabic number as written, e.g. "2"
 * @param text the clause's text (or its title when it has points)
 * @param assignment the assignment the clause gives, or {@code null}
 * @param children the points or paragraphs of the clause
 */
public record Clause(@NotBlank String number, @NotNull String text, @Nullable @Valid Assignment assignment,
                     @NotNull List<@Valid BodyElement> children) implements BodyElement {

    /** Normalises the text and copies the children. */
    public Clause {
        number = number.strip();
        text = VietnameseText.nfc(text);
        children = List.copyOf(children);
    }

    /**
     * @param number the number
     * @param text the text
     * @return a clause without assignment or children
     */
    public static Clause of(String number, String text) {
        return new Clause(number, text, null, List.of());
    }
}
