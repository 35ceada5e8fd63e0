package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Địa danh và thời gian ban hành văn bản (ô 4; Phụ lục I, II.4 of Nghị định 30/2020/NĐ-CP), printed
 * {@code Hưng Yên, ngày 05 tháng 02 năm 2023}.
 *
 * @param place the place name (địa danh), or {@code null} when absent (a biên bản has no date line)
 * @param date the date, partial in a draft, or {@code null} when no part of it is written
 * @param writtenForm the line exactly as it was written in a source document, kept so that its form can be
 *     checked (leading zeros, comma); {@code null} for a value built in code, whose form is {@link #format()}
 */
public record PlaceAndDate(@Nullable String place, @Nullable @Valid PartialDate date, @Nullable String writtenForm) {

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?<place>.*?)\\s*,?\\s*ngày\\s*(?<day>\\d{1,2})?\\s*tháng\\s*(?<month>\\d{1,2})?\\s*năm\\s*(?<year>\\d{1,4})?\\s*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String COMPONENT = "địa danh và thời gian";

    /** Normalises the texts to NFC and blank texts to {@code null}. */
    public PlaceAndDate {
        place = place == null || place.isBlank() ? null : VietnameseText.nfc(place.strip());
        writtenForm = writtenForm == null || writtenForm.isBlank() ? null : VietnameseText.nfc(writtenForm);
    }

    /**
     * @param place the place name
     * @param date the date
     * @return a place and date built in code
     */
    public static PlaceAndDate of(String place, PartialDate date) {
        return new PlaceAndDate(place, date, null);
    }

    /**
     * Prints the line in the decree's form: a comma after the place; day below 10 and months 1 and 2 with a
     * leading zero, months 3–12 without; blanks left as two spaces for a draft.
     *
     * @return e.g. "Hưng Yên, ngày 05 tháng 02 năm 2023" or "Hưng Yên, ngày   tháng 02 năm 2023"
     */
    public String format() {
        StringBuilder s = new StringBuilder();
        if (place != null) {
            s.append(place).append(", ");
        }
        s.append("ngày ");
        s.append(date == null || date.day() == null ? " " : String.format("%02d", date.day()));
        s.append(" tháng ");
        if (date == null || date.month() == null) {
            s.append(' ');
        } else {
            s.append(date.month() <= 2 ? String.format("%02d", date.month()) : date.month().toString());
        }
        s.append(" năm ");
        s.append(date == null ? " " : Integer.toString(date.year()));
        return s.toString().stripTrailing();
    }

    /** @return the line as written in the source, or {@link #format()} when it was built in code */
    public String line() {
        return writtenForm != null ? writtenForm : format();
    }

    /**
     * Reads a date line: "Hưng Yên, ngày 05 tháng 02 năm 2023", with blanks for a draft
     * ("Hưng Yên, ngày tháng 02 năm 2023"). The line is kept as {@link #writtenForm()}.
     *
     * @param text the line
     * @return the place and date
     * @throws ParseException when the line is not a date line or names no real date
     */
    public static PlaceAndDate parse(@Nullable String text) throws ParseException {
        String s = VietnameseText.collapseSpaces(VietnameseText.nfc(ParseException.requireText(COMPONENT, text)));
        Matcher m = LINE.matcher(s);
        if (!m.matches()) {
            int at = s.toLowerCase(VietnameseText.VIETNAMESE).indexOf("ngày");
            throw new ParseException(COMPONENT, s, Math.max(at, 0),
                    at < 0 ? "missing \"ngày … tháng … năm …\"" : "expected \"ngày DD tháng MM năm YYYY\"");
        }
        String place = m.group("place");
        String year = m.group("year");
        String month = m.group("month");
        String day = m.group("day");
        PartialDate date = null;
        if (year != null) {
            try {
                date = new PartialDate(Integer.parseInt(year), month == null ? null : Integer.valueOf(month),
                        day == null ? null : Integer.valueOf(day));
            } catch (IllegalArgumentException e) {
                throw new ParseException(COMPONENT, s, m.start(day != null ? "day" : month != null ? "month" : "year"),
                        e.getMessage());
            }
        } else if (month != null || day != null) {
            throw new ParseException(COMPONENT, s, m.start("year") >= 0 ? m.start("year") : s.length(),
                    "missing year");
        }
        return new PlaceAndDate(place, date, text.strip());
    }
}
