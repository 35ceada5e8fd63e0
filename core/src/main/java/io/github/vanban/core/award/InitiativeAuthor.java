package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * Tác giả sáng kiến — an author of an initiative with their share (tỷ lệ % đóng góp; Thông tư 18/2013/TT-BKHCN,
 * Phụ lục I).
 *
 * @param fullName the author's name
 * @param contributionPercent the share 0–100, or {@code null} when not stated (a sole author)
 */
public record InitiativeAuthor(@NotBlank String fullName, @Nullable @Min(0) @Max(100) Integer contributionPercent) {

    /** Normalises the name to NFC. */
    public InitiativeAuthor {
        fullName = VietnameseText.nfc(fullName.strip());
    }

    /**
     * @param fullName the name
     * @return a sole author (100%)
     */
    public static InitiativeAuthor sole(String fullName) {
        return new InitiativeAuthor(fullName, 100);
    }
}
