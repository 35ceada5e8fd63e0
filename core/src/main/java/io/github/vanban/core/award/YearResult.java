package io.github.vanban.core.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kết quả năm — a nominee's facts for one year: the task rating (xếp loại), the awards received for that year,
 * and any disciplinary measure. The chains the criteria need (three consecutive CSTĐ cơ sở, two consecutive years
 * of hoàn thành xuất sắc) are derived from these facts, never from self-declared counts.
 *
 * @param year the assessment year
 * @param taskRating the rating, or {@code null} when not rated (households; not yet assessed)
 * @param awards the titles and forms received for that year
 * @param discipline the heaviest disciplinary measure in force that year, or {@code null}
 */
public record YearResult(@Min(1900) @Max(9999) int year, @Nullable TaskRating taskRating,
                         @NotNull List<@Valid HeldAward> awards, @Nullable DisciplineLevel discipline) {

    /** Copies the list. */
    public YearResult {
        awards = List.copyOf(awards);
    }

    /**
     * @param year the year
     * @param rating the rating
     * @param awards the awards received, as công trạng awards
     * @return a year without discipline
     */
    public static YearResult of(int year, TaskRating rating, Award... awards) {
        return new YearResult(year, rating, java.util.Arrays.stream(awards).map(HeldAward::of).toList(), null);
    }

    /**
     * @param code a title or form code
     * @return {@code true} when an award with that code was received for this year
     */
    public boolean holds(String code) {
        return awards.stream().anyMatch(a -> a.award().code().equals(code));
    }
}
