package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kết quả của thành viên tập thể — one member's result for the assessment year, from which the collective
 * criteria are counted (≥ 70% Lao động tiên tiến, 100% hoàn thành nhiệm vụ, at least one CSTĐ cơ sở, nobody
 * disciplined at cảnh cáo or above; Điều 27–28, Luật Thi đua, khen thưởng 2022).
 *
 * @param fullName the member's name
 * @param taskRating the member's rating, or {@code null} when not rated
 * @param titles the titles the member received for the year
 * @param discipline the member's disciplinary measure that year, or {@code null}
 */
public record MemberResult(@NotBlank String fullName, @Nullable TaskRating taskRating,
                           @NotNull List<@Valid Award> titles, @Nullable DisciplineLevel discipline) {

    /** Normalises the name and copies the list. */
    public MemberResult {
        fullName = VietnameseText.nfc(fullName.strip());
        titles = List.copyOf(titles);
    }

    /**
     * @param code a title code
     * @return {@code true} when the member received it
     */
    public boolean holds(String code) {
        return titles.stream().anyMatch(t -> t.code().equals(code));
    }
}
