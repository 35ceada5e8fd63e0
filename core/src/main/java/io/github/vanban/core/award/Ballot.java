package io.github.vanban.core.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Kết quả bỏ phiếu — the council's ballot result for one nominee and award, counting absent members' written
 * opinions (Nghị định 98/2023/NĐ-CP, Điều 30 k7).
 *
 * @param nomineeId the nominee
 * @param award the award voted on
 * @param votesFor the votes in favour
 */
public record Ballot(@NotBlank String nomineeId, @NotNull @Valid Award award, @PositiveOrZero int votesFor) {

    /** @throws IllegalArgumentException when the count is negative */
    public Ballot {
        nomineeId = nomineeId.strip();
        if (votesFor < 0) {
            throw new IllegalArgumentException("votes cannot be negative: " + votesFor);
        }
    }
}
