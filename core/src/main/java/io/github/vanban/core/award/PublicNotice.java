package io.github.vanban.core.award;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Công khai danh sách đề nghị khen thưởng — the publication of the nominees to collect public opinion before
 * submission: for State-level awards on the information portal for 10 working days (Nghị định 152/2025/NĐ-CP,
 * Điều 44 k2); at lower levels, by posting the list at the unit.
 *
 * @param from the first day of publication
 * @param to the last day of publication
 * @param channel where it was published (cổng thông tin điện tử, bảng tin đơn vị), or {@code null}
 */
public record PublicNotice(@NotNull LocalDate from, @NotNull LocalDate to, @Nullable String channel) {

    /** @throws IllegalArgumentException when the publication ends before it starts */
    public PublicNotice {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("publication ends (" + to + ") before it starts (" + from + ")");
        }
        channel = channel == null || channel.isBlank() ? null : channel.strip();
    }

    /**
     * Counts the working days (ngày làm việc) of the publication, Monday to Friday inclusive. Public holidays are
     * not known to the model and are counted as working days.
     *
     * @return the number of weekdays from {@code from} to {@code to}
     */
    public int workingDays() {
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
