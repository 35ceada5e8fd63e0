package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * Báo cáo thành tích — a nominee's achievement report (Điều 84 k1 b, Luật Thi đua, khen thưởng 2022; Mẫu số 05,
 * Nghị định 152/2025/NĐ-CP for individuals), signed by the reporter, confirmed by the head of the unit and
 * certified by the submitting level (xác nhận của cấp trình khen).
 *
 * @param nomineeId the nominee it reports on
 * @param content the report text, or its summary
 * @param confirmedBy the head of the unit who confirmed it, or {@code null}
 * @param certifiedBy the submitting level that certified it, or {@code null}
 */
public record AchievementReport(@NotBlank String nomineeId, @NotBlank String content, @Nullable String confirmedBy,
                                @Nullable String certifiedBy) {

    /** Normalises texts to NFC. */
    public AchievementReport {
        nomineeId = nomineeId.strip();
        content = VietnameseText.nfc(content.strip());
        confirmedBy = confirmedBy == null || confirmedBy.isBlank() ? null : VietnameseText.nfc(confirmedBy.strip());
        certifiedBy = certifiedBy == null || certifiedBy.isBlank() ? null : VietnameseText.nfc(certifiedBy.strip());
    }
}
