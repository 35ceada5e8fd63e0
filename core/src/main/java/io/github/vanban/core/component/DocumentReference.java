package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Văn bản được trích dẫn — a document cited in the text (Phụ lục I, II.6.b of Nghị định 30/2020/NĐ-CP), in
 * full form: type, số/ký hiệu, date and issuer, e.g.
 * "Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh".
 *
 * @param type the cited document's type, or {@code null} when not a văn bản hành chính type (a Luật, say)
 * @param typeName the type as written ("Công văn", "Luật", "Nghị định"), or {@code null}
 * @param number the số/ký hiệu, or {@code null}
 * @param date the date, or {@code null}
 * @param issuer the issuer as written, or {@code null}
 */
public record DocumentReference(@Nullable DocumentType type, @Nullable String typeName,
                                @Nullable @Valid DocumentNumber number, @Nullable LocalDate date,
                                @Nullable String issuer) {

    private static final Pattern CITATION = Pattern.compile(
            "^\\s*(?<type>[\\p{L} ]+?)\\s+(?:số\\s*:?\\s*)?(?<code>\\d+(?:/\\d{4})?/[\\p{L}\\d&.\\-]+)"
                    + "(?:\\s+ngày\\s+(?:(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})"
                    + "|(?<d2>\\d{1,2})\\s+tháng\\s+(?<m2>\\d{1,2})\\s+năm\\s+(?<y2>\\d{4})))?"
                    + "(?:\\s+của\\s+(?<issuer>[^,.;()]+?))?\\s*[.;,]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String COMPONENT = "văn bản được trích dẫn";
    private static final Pattern HEAD = Pattern.compile(
            "^\\s*[\\p{L} ]+?\\s+(?:số\\s*:?\\s*)?\\d+(?:/\\d{4})?/[\\p{L}\\d&.\\-]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Normalises texts to NFC. */
    public DocumentReference {
        typeName = typeName == null || typeName.isBlank() ? null : VietnameseText.nfc(typeName.strip());
        issuer = issuer == null || issuer.isBlank() ? null : VietnameseText.nfc(issuer.strip());
        if (type != null && typeName == null) {
            typeName = type.vietnameseName();
        }
    }

    /**
     * Prints the citation in full form: "Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh".
     *
     * @return the citation
     */
    public String format() {
        StringBuilder s = new StringBuilder();
        if (typeName != null) {
            s.append(typeName);
        }
        if (number != null) {
            s.append(s.length() > 0 ? " " : "").append("số ").append(number.code());
        }
        if (date != null) {
            s.append(" ngày ").append(String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(),
                    date.getYear()));
        }
        if (issuer != null) {
            s.append(" của ").append(issuer);
        }
        return s.toString().strip();
    }

    /**
     * Reads a citation: "Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh",
     * "Quyết định số 15/QĐ-BNV ngày 05 tháng 01 năm 2020".
     *
     * @param text the citation
     * @return the reference
     * @throws ParseException when the text is not a citation with a số/ký hiệu, or its date does not exist
     */
    public static DocumentReference parse(@Nullable String text) throws ParseException {
        String s = VietnameseText.collapseSpaces(VietnameseText.nfc(ParseException.requireText(COMPONENT, text)));
        Matcher m = CITATION.matcher(s);
        if (!m.matches()) {
            Matcher head = HEAD.matcher(s);
            throw new ParseException(COMPONENT, s, head.lookingAt() ? head.end() : 0, head.lookingAt()
                    ? "expected \"ngày dd/mm/yyyy\" or \"của <cơ quan>\" after the số/ký hiệu"
                    : "expected \"<loại> số <số>/<ký hiệu> ngày dd/mm/yyyy của <cơ quan>\"");
        }
        String typeName = m.group("type").strip();
        String code = m.group("code");
        DocumentNumber number;
        try {
            number = DocumentNumber.parse(code);
        } catch (ParseException e) {
            throw new ParseException(COMPONENT, s, m.start("code") + e.offset(), e.getMessage());
        }
        LocalDate date = null;
        String d = m.group("d") != null ? m.group("d") : m.group("d2");
        if (d != null) {
            String mo = m.group("m") != null ? m.group("m") : m.group("m2");
            String y = m.group("y") != null ? m.group("y") : m.group("y2");
            try {
                date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            } catch (DateTimeException e) {
                throw new ParseException(COMPONENT, s, m.start(m.group("d") != null ? "d" : "d2"),
                        "no such date: " + e.getMessage());
            }
        }
        DocumentType type = DocumentType.fromName(typeName).orElse(null);
        return new DocumentReference(type, typeName, number, date, m.group("issuer"));
    }
}
