package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ngày tháng văn bản that may be incomplete: a draft (dự thảo) leaves the day, and sometimes the month, blank
 * ("ngày tháng 02 năm 2023") until the document is signed and registered (Điều 15, Nghị định 30/2020/NĐ-CP).
 *
 * <p>The ISO-8601 text form is {@code 2023-02-05}, {@code 2023-02} (day blank) or {@code 2023} (day and month
 * blank).
 *
 * @param year the year, always present
 * @param month the month 1–12, or {@code null} when blank
 * @param day the day of the month, or {@code null} when blank
 */
public record PartialDate(@Min(1) @Max(9999) int year, @Nullable @Min(1) @Max(12) Integer month,
                          @Nullable @Min(1) @Max(31) Integer day) {

    /**
     * @throws IllegalArgumentException when a day is given without a month, or the date does not exist
     */
    public PartialDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + e.getMessage(), e);
        }
    }

    /**
     * @param date a complete date
     * @return the same date as a partial date
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * @param year the year
     * @param month the month 1–12
     * @return a date with a blank day
     */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    /** @return {@code true} when day and month are present */
    public boolean isComplete() {
        return day != null;
    }

    /** @return the complete date, empty when the day or month is blank */
    public Optional<LocalDate> toLocalDate() {
        return day == null ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /**
     * The earliest day the date can stand for: the date itself, or the first day of its month or year.
     *
     * @return a complete date
     */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** @return the ISO-8601 form: "2023-02-05", "2023-02" or "2023" */
    public String toIsoString() {
        StringBuilder s = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            s.append('-').append(String.format("%02d", month));
        }
        if (day != null) {
            s.append('-').append(String.format("%02d", day));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return toIsoString();
    }

    /**
     * Reads the ISO-8601 form written by {@link #toIsoString()}.
     *
     * @param text "2023-02-05", "2023-02" or "2023"
     * @return the date
     * @throws ParseException when the text is not one of the three forms or names no real date
     */
    public static PartialDate parseIso(@Nullable String text) throws ParseException {
        String s = ParseException.requireText("ngày tháng", text).strip();
        if (!s.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
            int at = 0;
            while (at < s.length() && at < 10 && (at == 4 || at == 7 ? s.charAt(at) == '-'
                    : s.charAt(at) >= '0' && s.charAt(at) <= '9')) {
                at++;
            }
            throw new ParseException("ngày tháng", s, at, "expected yyyy, yyyy-MM or yyyy-MM-dd");
        }
        String[] p = s.split("-");
        try {
            return new PartialDate(Integer.parseInt(p[0]), p.length > 1 ? Integer.valueOf(p[1]) : null,
                    p.length > 2 ? Integer.valueOf(p[2]) : null);
        } catch (IllegalArgumentException e) {
            throw new ParseException("ngày tháng", s, p.length > 2 ? 8 : p.length > 1 ? 5 : 0, e.getMessage());
        }
    }
}
