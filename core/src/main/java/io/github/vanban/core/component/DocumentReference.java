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
 * Văn bản được trích dẫn — a document cited in the text (Phụ lục I, II.6.b of Nghị định 30/2020/NĐ-CP). Its first
 * citation is in full form: type, số/ký hiệu, date, issuer and trích yếu, e.g.
 * "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi
 * đua, khen thưởng"; a Luật, Bộ luật, Pháp lệnh (or the Hiến pháp) is cited by type and name:
 * "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015".
 *
 * @param type the cited document's type, or {@code null} when not a văn bản hành chính type (a Luật, say)
 * @param typeName the type as written ("Công văn", "Luật", "Nghị định"), or {@code null}
 * @param number the số/ký hiệu, or {@code null}
 * @param date the date, or {@code null}
 * @param issuer the issuer as written, or {@code null}
 * @param title the trích yếu as the citation writes it ("về công tác văn thư", "quy định chi tiết …"); for a
 *        document cited by name ({@link #citedByName()}) its name ("Tổ chức chính quyền địa phương"); or
 *        {@code null}
 */
public record DocumentReference(@Nullable DocumentType type, @Nullable String typeName,
                                @Nullable @Valid DocumentNumber number, @Nullable LocalDate date,
                                @Nullable String issuer, @Nullable String title) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String CODE = "\\d+(?:/\\d{4})?/[\\p{L}\\d&.\\-]+";
    private static final String ISSUER = "[^,.;()]+?";
    /** Words a trích yếu starts with after the issuer, in lower case as citations write them. */
    private static final String LEAD = "(?-i:về|V/v|v/v|quy định|hướng dẫn|ban hành|sửa đổi|bổ sung|bãi bỏ"
            + "|phê duyệt|triển khai|thành lập|hợp nhất|công bố|kiện toàn|giao|thực hiện|tổ chức|tăng cường|đẩy mạnh"
            + "|tiếp tục)(?![\\p{L}\\d])";
    /** A name: words, never "số 12…" or "ngày 1…", not ending with "." or ",". */
    private static final String NOT_NAME = "(?!số\\s*:?\\s*\\d|ngày\\s+\\d)";
    private static final String NAME = NOT_NAME + "[^\\s;]+(?:\\s+" + NOT_NAME + "[^\\s;]+)*?(?<![.,])";
    private static final String KINDS = "Hiến pháp|Bộ luật|Luật|Pháp lệnh";
    private static final String END = "\\s*[.;,]?\\s*$";
    /** A citation has no ";" but at its end: checked first, so that a long text with one fails at once. */
    private static final String ONE_CITATION = "^(?=[^;]*(?:;\\s*)?$)";

    private static final Pattern NAMED_KIND = Pattern.compile("(?:" + KINDS + ")", FLAGS);
    private static final Pattern CITATION = Pattern.compile(
            ONE_CITATION + "\\s*(?<type>[\\p{L} ]+?)\\s+(?:số\\s*:?\\s*)?(?<code>" + CODE + ")"
                    + "(?:\\s+" + date("a") + ")?"
                    + "(?:\\s+của\\s+(?<issuer>" + ISSUER + "))?"
                    + "(?:\\s+(?<title>" + LEAD + "[^;]*?))?" + END, FLAGS);
    private static final Pattern NAMED = Pattern.compile(
            ONE_CITATION + "\\s*(?<type>" + KINDS + ")\\s+(?<title>" + NAME + ")"
                    + "(?:\\s+số\\s*:?\\s*(?<code>" + CODE + ")(?:\\s+" + date("a") + ")?"
                    + "(?:\\s+của\\s+(?<issuer>" + ISSUER + "))?"
                    + "|\\s+" + date("b") + "(?:\\s+của\\s+(?<issuerb>" + ISSUER + "))?)?" + END, FLAGS);

    private static final String COMPONENT = "văn bản được trích dẫn";
    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(?<type>[\\p{L} ]+?)\\s+(?:số\\s*:?\\s*)?" + CODE + "(?:\\s+" + date("a") + ")?", FLAGS);
    /** As much of a citation by name as can be read: the type, the longest name, số/ký hiệu and date. */
    private static final Pattern NAMED_HEAD = Pattern.compile(
            "^\\s*(?<kind>" + KINDS + ")(?=\\s)(?:\\s+" + NOT_NAME + "[^\\s;]+(?:\\s+" + NOT_NAME + "[^\\s;]+)*"
                    + "(?:\\s+số\\s*:?\\s*" + CODE + ")?(?:\\s+" + date("a") + ")?)?", FLAGS);

    /** Normalises texts to NFC. */
    public DocumentReference {
        typeName = typeName == null || typeName.isBlank() ? null : VietnameseText.nfc(typeName.strip());
        issuer = issuer == null || issuer.isBlank() ? null : VietnameseText.nfc(issuer.strip());
        title = title == null || title.isBlank() ? null : VietnameseText.nfc(title.strip());
        if (type != null && typeName == null) {
            typeName = type.vietnameseName();
        }
    }

    /**
     * A citation without trích yếu.
     *
     * @param type the cited document's type, or {@code null}
     * @param typeName the type as written, or {@code null}
     * @param number the số/ký hiệu, or {@code null}
     * @param date the date, or {@code null}
     * @param issuer the issuer as written, or {@code null}
     */
    public DocumentReference(@Nullable DocumentType type, @Nullable String typeName, @Nullable DocumentNumber number,
                             @Nullable LocalDate date, @Nullable String issuer) {
        this(type, typeName, number, date, issuer, null);
    }

    /** @return a builder of a citation */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the document is cited by type and name, as Phụ lục I, II.6.b requires of a Luật or Pháp lệnh (and as
     * a Bộ luật or the Hiến pháp is cited): the type name is "Luật", "Bộ luật", "Pháp lệnh" or "Hiến pháp".
     *
     * @return true for a Luật, Bộ luật, Pháp lệnh or the Hiến pháp
     */
    public boolean citedByName() {
        return typeName != null && NAMED_KIND.matcher(typeName).matches();
    }

    /**
     * Prints the citation in full form, in the order of Phụ lục I, II.6.b; absent parts are left out:
     * <ul>
     * <li>a document cited by name ({@link #citedByName()}) with a name: {@code <loại> <tên>[ số <số/ký hiệu>][ ngày
     * dd/mm/yyyy][ của <cơ quan>]}: "Luật Thi đua, khen thưởng ngày 15/06/2022";</li>
     * <li>any other: {@code <loại>[ số <số/ký hiệu>][ ngày dd/mm/yyyy][ của <cơ quan>][ <trích yếu>]}:
     * "Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh về việc triển khai Kết luận thanh tra".</li>
     * </ul>
     *
     * @return the citation
     */
    public String format() {
        boolean named = citedByName() && title != null;
        StringBuilder s = new StringBuilder();
        if (typeName != null) {
            s.append(typeName);
        }
        if (named) {
            s.append(' ').append(title);
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
        if (!named && title != null) {
            s.append(' ').append(title);
        }
        return s.toString().strip();
    }

    /**
     * Reads a citation: "Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh", "Quyết định số 15/QĐ-BNV ngày 05
     * tháng 01 năm 2020", "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", "Luật Tổ
     * chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Bộ luật Lao động số 45/2019/QH14".
     * <p>
     * A citation that is not by name needs its số/ký hiệu; its trích yếu follows the issuer (or the date or the
     * số/ký hiệu) and starts with one of the words citations open it with, in lower case ("về", "quy định",
     * "hướng dẫn", "ban hành", "sửa đổi", "phê duyệt" …); the issuer is the text before that word. A name runs
     * up to "số &lt;số/ký hiệu&gt;" or "ngày &lt;date&gt;"; after a name "của &lt;cơ quan&gt;" counts as the issuer
     * only after one of them (a name may say "của": "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ").
     * So {@code parse(r.format())} gives back {@code r} whenever r has a type name of letters and spaces, an
     * issuer without {@code , . ; ( )} nor those lower-case words, a trích yếu that starts with one of them (a
     * name that ends without punctuation and, with an issuer, a số/ký hiệu or a date), and a số/ký hiệu unless
     * it is cited by name.
     *
     * @param text the citation
     * @return the reference
     * @throws ParseException when the text is not a citation with a số/ký hiệu or a name, or its date does not
     *         exist
     */
    public static DocumentReference parse(@Nullable String text) throws ParseException {
        String s = VietnameseText.collapseSpaces(VietnameseText.nfc(ParseException.requireText(COMPONENT, text)));
        Matcher m = NAMED.matcher(s);
        boolean named = m.matches();
        if (!named) {
            m = CITATION.matcher(s);
            if (!m.matches()) {
                throw notACitation(s);
            }
        }
        String typeName = m.group("type").strip();
        DocumentNumber number = null;
        if (m.group("code") != null) {
            try {
                number = DocumentNumber.parse(m.group("code"));
            } catch (ParseException e) {
                throw new ParseException(COMPONENT, s, m.start("code") + e.offset(), e.getMessage());
            }
        }
        LocalDate date = date(s, m, "a");
        String issuer = m.group("issuer");
        if (named && number == null) {
            date = date(s, m, "b");
            issuer = m.group("issuerb");
        }
        DocumentType type = DocumentType.fromName(typeName).orElse(null);
        return new DocumentReference(type, typeName, number, date, issuer, m.group("title"));
    }

    private static ParseException notACitation(String s) {
        Matcher head = HEAD.matcher(s);
        Matcher named = NAMED_HEAD.matcher(s);
        boolean numbered = head.lookingAt();
        if (named.lookingAt() && !(numbered && NAMED_KIND.matcher(head.group("type").strip()).matches())) {
            return new ParseException(COMPONENT, s, named.end(), "expected \"" + named.group("kind")
                    + " <tên>\" then \"số <số>/<ký hiệu>\", \"ngày dd/mm/yyyy\" and \"của <cơ quan>\"");
        }
        if (numbered) {
            return new ParseException(COMPONENT, s, head.end(), "expected \"ngày dd/mm/yyyy\", \"của <cơ quan>\""
                    + " or a trích yếu (\"về …\", \"quy định …\") after the số/ký hiệu");
        }
        return new ParseException(COMPONENT, s, 0, "expected \"<loại> số <số>/<ký hiệu> ngày dd/mm/yyyy của"
                + " <cơ quan>\" or \"Luật <tên> ngày dd/mm/yyyy\"");
    }

    /** @return the pattern of "ngày 15/02/2023" or "ngày 15 tháng 02 năm 2023", with groups named by suffix */
    private static String date(String suffix) {
        return "ngày\\s+(?:(?<d" + suffix + ">\\d{1,2})/(?<m" + suffix + ">\\d{1,2})/(?<y" + suffix + ">\\d{4})"
                + "|(?<dl" + suffix + ">\\d{1,2})\\s+tháng\\s+(?<ml" + suffix + ">\\d{1,2})\\s+năm\\s+(?<yl" + suffix
                + ">\\d{4}))";
    }

    private static @Nullable LocalDate date(String s, Matcher m, String suffix) throws ParseException {
        String form = m.group("d" + suffix) != null ? "" : "l";
        String d = m.group("d" + form + suffix);
        if (d == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group("y" + form + suffix)),
                    Integer.parseInt(m.group("m" + form + suffix)), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new ParseException(COMPONENT, s, m.start("d" + form + suffix), "no such date: " + e.getMessage());
        }
    }

    /** Builds a {@link DocumentReference}; every part may be left out. */
    public static final class Builder {
        private @Nullable DocumentType type;
        private @Nullable String typeName;
        private @Nullable DocumentNumber number;
        private @Nullable LocalDate date;
        private @Nullable String issuer;
        private @Nullable String title;

        private Builder() {
        }

        /** @param type the type, one of the 29 @return this builder */
        public Builder type(@Nullable DocumentType type) {
            this.type = type;
            return this;
        }

        /** @param typeName the type as written ("Luật", "Nghị định") @return this builder */
        public Builder typeName(@Nullable String typeName) {
            this.typeName = typeName;
            return this;
        }

        /** @param number the số/ký hiệu @return this builder */
        public Builder number(@Nullable DocumentNumber number) {
            this.number = number;
            return this;
        }

        /** @param date the date @return this builder */
        public Builder date(@Nullable LocalDate date) {
            this.date = date;
            return this;
        }

        /** @param issuer the issuer as written @return this builder */
        public Builder issuer(@Nullable String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** @param title the trích yếu, or the name of a Luật or Pháp lệnh @return this builder */
        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        /** @return the citation */
        public DocumentReference build() {
            return new DocumentReference(type, typeName, number, date, issuer, title);
        }
    }
}
