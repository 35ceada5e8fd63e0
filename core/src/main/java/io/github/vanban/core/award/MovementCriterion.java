package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * Tiêu chí thi đua — one criterion of a movement (Điều 17 k1, Luật Thi đua, khen thưởng 2022), for a target group.
 *
 * @param targetGroup the group it applies to ("cá nhân", "các phòng, đơn vị"), or {@code null} for everyone
 * @param text the criterion as written
 * @param mandatory {@code true} when it is bắt buộc
 */
public record MovementCriterion(@Nullable String targetGroup, @NotBlank String text, boolean mandatory) {

    /** Normalises texts to NFC. */
    public MovementCriterion {
        targetGroup = targetGroup == null || targetGroup.isBlank() ? null : VietnameseText.nfc(targetGroup.strip());
        text = VietnameseText.nfc(text.strip());
    }
}
