package io.github.vanban.core.award;

import io.github.vanban.core.component.DocumentReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Danh hiệu, hình thức khen thưởng đã được tặng — an award already received, as the "Các hình thức đã được khen
 * thưởng" tables of a Báo cáo thành tích list it (year, title or form, số/ngày quyết định, issuer).
 *
 * @param award the title or form
 * @param kind the kind of commendation; đột xuất and phong trào awards do not count towards công trạng chains
 *     (Nghị định 152/2025/NĐ-CP, Điều 4 k3)
 * @param decision the decision that conferred it, or {@code null} when not cited
 * @param basisInitiatives ids of the initiatives it was based on
 */
public record HeldAward(@NotNull @Valid Award award, @NotNull CommendationKind kind,
                        @Nullable @Valid DocumentReference decision, @NotNull List<@NotBlank String> basisInitiatives) {

    /** Copies the list. */
    public HeldAward {
        basisInitiatives = List.copyOf(basisInitiatives);
    }

    /**
     * @param award the title or form
     * @return a công trạng award without a cited decision or basis
     */
    public static HeldAward of(Award award) {
        return new HeldAward(award, CommendationKind.CONG_TRANG, null, List.of());
    }
}
