package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The archive line of Nơi nhận (Phụ lục I, II.9.d of Nghị định 30/2020/NĐ-CP):
 * {@code - Lưu: VT, <drafting unit> (n).}, where VT is the Văn thư and n the number of copies archived.
 *
 * @param units the archiving units in order as written, normally starting with "VT"
 * @param copies the number of bản lưu, or {@code null} when not written
 * @param ending the closing punctuation as written ("." normally)
 */
public record ArchiveLine(@NotEmpty List<@NotBlank String> units, @Nullable @Min(1) Integer copies,
                          @NotNull String ending) {

    /** The Văn thư unit, first on the line. */
    public static final String VAN_THU = "VT";

    private static final Pattern LINE = Pattern.compile(
            "^\\s*-?\\s*Lưu\\s*:?\\s*(?<units>.*?)\\s*(?:\\(\\s*(?<copies>[0-9]+)\\s*[bB]?\\s*\\))?\\s*(?<ending>[.;]*)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Copies the units and normalises them to NFC. */
    public ArchiveLine {
        units = units.stream().map(u -> VietnameseText.nfc(u.strip())).toList();
        ending = ending.strip();
    }

    /**
     * @param units the archiving units, e.g. "VT", "VP"
     * @return a line ending with "." and no count
     */
    public static ArchiveLine of(String... units) {
        return new ArchiveLine(List.of(units), null, ".");
    }

    /** @return the line as printed without dash: "Lưu: VT, VP (2)." */
    public String format() {
        return "Lưu: " + String.join(", ", units) + (copies == null ? "" : " (" + copies + ")") + ending;
    }

    /**
     * Reads an archive line: "- Lưu: VT, VP.", "Lưu: VT, HC (2).", "Lưu VT".
     *
     * @param text the line
     * @return the archive line
     * @throws ParseException when the line does not start with "Lưu" or lists no unit
     */
    public static ArchiveLine parse(@Nullable String text) throws ParseException {
        String s = VietnameseText.nfc(ParseException.requireText("lưu", text));
        Matcher m = LINE.matcher(s);
        if (!m.matches()) {
            int at = 0;
            while (at < s.length() && (Character.isWhitespace(s.charAt(at)) || s.charAt(at) == '-')) {
                at++;
            }
            throw new ParseException("lưu", s, at, "expected \"Lưu: VT, …\"");
        }
        List<String> units = new ArrayList<>();
        for (String u : m.group("units").split("[,;]")) {
            if (!u.isBlank()) {
                units.add(u.strip());
            }
        }
        if (units.isEmpty()) {
            throw new ParseException("lưu", s, m.start("units"), "no archiving unit after \"Lưu:\"");
        }
        String copies = m.group("copies");
        if (copies != null && copies.length() > 6) {
            throw new ParseException("lưu", s, m.start("copies"), "number of copies too large: " + copies);
        }
        return new ArchiveLine(units, copies == null ? null : Integer.valueOf(copies), m.group("ending"));
    }
}
