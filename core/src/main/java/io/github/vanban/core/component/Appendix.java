package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Phụ lục — an appendix of the document (Phụ lục I, III.1 of Nghị định 30/2020/NĐ-CP): heading "Phụ lục I",
 * title in capitals, the reference line "(Kèm theo văn bản số … ngày … của …)" and its content.
 *
 * @param number the Roman numeral of the appendix ("I", "II"), or {@code null} for a single unnumbered one
 * @param title the title
 * @param referenceLine the "(Kèm theo …)" line without parentheses, or {@code null} (blank on e-documents)
 * @param paragraphs the content as paragraphs
 */
public record Appendix(@Nullable String number, @NotBlank String title, @Nullable String referenceLine,
                       @NotNull List<String> paragraphs) {

    /** Normalises texts and copies the content. */
    public Appendix {
        title = VietnameseText.nfc(title.strip());
        number = number == null || number.isBlank() ? null : number.strip();
        referenceLine = referenceLine == null || referenceLine.isBlank() ? null : VietnameseText.nfc(referenceLine.strip());
        paragraphs = paragraphs.stream().map(VietnameseText::nfc).toList();
    }

    /** @return the heading as printed: "Phụ lục II" or "Phụ lục" */
    public String heading() {
        return number == null ? "Phụ lục" : "Phụ lục " + number;
    }
}
