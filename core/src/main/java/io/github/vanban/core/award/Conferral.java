package io.github.vanban.core.award;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;

/**
 * Thẩm quyền tặng — one authority that may confer an award, and the regimes in which it may (Điều 78–80, Luật Thi
 * đua, khen thưởng 2022). Example: the Chủ tịch UBND cấp huyện conferred "Lao động tiên tiến" until 30/06/2025;
 * from 01/07/2025 the Chủ tịch UBND cấp xã does (Nghị định 129/2025/NĐ-CP, Điều 59).
 *
 * @param authority the authority level
 * @param regimes the regimes in which it may confer, never empty
 */
public record Conferral(@NotNull AuthorityLevel authority, @NotEmpty Set<Regime> regimes) {

    /**
     * Copies the regimes.
     *
     * @throws IllegalArgumentException when no regime is given
     */
    public Conferral {
        if (regimes.isEmpty()) {
            throw new IllegalArgumentException("a conferral needs at least one regime: " + authority);
        }
        regimes = Set.copyOf(EnumSet.copyOf(regimes));
    }

    /**
     * @param authority the authority level
     * @return a conferral valid in every regime
     */
    public static Conferral always(AuthorityLevel authority) {
        return new Conferral(authority, EnumSet.allOf(Regime.class));
    }

    /**
     * @param authority the authority level
     * @param first a regime
     * @param more further regimes
     * @return a conferral valid in the regimes given
     */
    public static Conferral in(AuthorityLevel authority, Regime first, Regime... more) {
        return new Conferral(authority, EnumSet.of(first, more));
    }
}
