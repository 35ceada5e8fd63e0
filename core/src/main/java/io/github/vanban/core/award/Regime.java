package io.github.vanban.core.award;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Chế độ pháp lý về thi đua, khen thưởng — the legal regime in force on a date. The rules changed twice: the
 * Luật Thi đua, khen thưởng 2022 (06/2022/QH15) replaced the 2003 law on 01/01/2024, and Nghị định
 * 152/2025/NĐ-CP replaced Nghị định 98/2023/NĐ-CP on 01/07/2025 (Điều 59), when district powers passed to the
 * commune chairman (Nghị định 129/2025/NĐ-CP, Điều 59).
 */
public enum Regime {
    /** Luật TĐKT 2003 (amended 2005, 2013), Nghị định 91/2017/NĐ-CP, Thông tư 12/2019/TT-BNV; until 31/12/2023. */
    R2017(null, LocalDate.of(2023, 12, 31), "Nghị định 91/2017/NĐ-CP"),
    /** Luật TĐKT 2022, Nghị định 98/2023/NĐ-CP, Thông tư 01/2024/TT-BNV; 01/01/2024 – 30/06/2025. */
    R2024(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), "Nghị định 98/2023/NĐ-CP"),
    /** Luật TĐKT 2022, Nghị định 152/2025/NĐ-CP, Nghị định 129/2025/NĐ-CP; from 01/07/2025. */
    R2025(LocalDate.of(2025, 7, 1), null, "Nghị định 152/2025/NĐ-CP");

    private final @Nullable LocalDate validFrom;
    private final @Nullable LocalDate validUntil;
    private final String implementingDecree;

    Regime(@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, String implementingDecree) {
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.implementingDecree = implementingDecree;
    }

    /**
     * Finds the regime in force on a day.
     *
     * @param date the day, typically the decision date (ngày quyết định)
     * @return the regime; every day belongs to exactly one
     */
    public static Regime on(LocalDate date) {
        for (Regime r : values()) {
            if (r.isInForceOn(date)) {
                return r;
            }
        }
        throw new AssertionError("regimes cover every day: " + date);
    }

    /** @return the first day in force, empty for the open-ended oldest regime */
    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    /** @return the last day in force, empty while in force */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /**
     * @param date a day
     * @return {@code true} when this regime was in force that day
     */
    public boolean isInForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }

    /** @return the implementing decree, e.g. "Nghị định 152/2025/NĐ-CP" */
    public String implementingDecree() {
        return implementingDecree;
    }
}
