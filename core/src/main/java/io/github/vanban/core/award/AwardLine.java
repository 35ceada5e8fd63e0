package io.github.vanban.core.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Dòng danh sách khen thưởng — one line of an award decision's list: the nominee, the title or form conferred,
 * and the reward amount in đồng (a multiple of the lương cơ sở on the decision date, rounded up to tens of
 * thousands; Nghị định 152/2025/NĐ-CP, Điều 49).
 *
 * @param nominee the awardee
 * @param award the title or form
 * @param amount the reward in đồng, or {@code null} when none is stated
 * @param basisInitiatives ids of the initiatives the award rests on
 */
public record AwardLine(@NotNull @Valid Nominee nominee, @NotNull @Valid Award award,
                        @Nullable @PositiveOrZero Long amount, @NotNull List<@NotBlank String> basisInitiatives) {

    /** @throws IllegalArgumentException when the amount is negative */
    public AwardLine {
        if (amount != null && amount < 0) {
            throw new IllegalArgumentException("a reward cannot be negative: " + amount);
        }
        basisInitiatives = List.copyOf(basisInitiatives);
    }

    /**
     * @param nominee the awardee
     * @param award the award
     * @param amount the amount in đồng, or {@code null}
     * @return a line without cited initiatives
     */
    public static AwardLine of(Nominee nominee, Award award, @Nullable Long amount) {
        return new AwardLine(nominee, award, amount, List.of());
    }
}
