package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Mã định danh cơ quan, tổ chức — the electronic identifier of an agency used in document exchange, in one of
 * two forms: the legacy QCVN 102:2016 form {@code 000.00.00.H41} (13 characters, read right to left) or the
 * QĐ 20/2020/QĐ-TTg form (up to 35 characters of {@code [0-9A-Z.]}, level-1 code first, e.g. {@code H26.20.21}).
 *
 * @param value the identifier as written
 * @param form which scheme it follows
 */
public record OrganId(String value, Form form) {

    /** The identifier schemes. */
    public enum Form {
        /** QCVN 102:2016: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, 13 characters, level-1 code last. */
        LEGACY,
        /** QĐ 20/2020/QĐ-TTg: dot-separated groups, level-1 code {@code MX1X2} first, at most 35 characters. */
        QD20
    }

    private static final String COMPONENT = "mã định danh";
    private static final Pattern LEGACY = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Y]\\d{2}");
    private static final Pattern QD20 = Pattern.compile("[A-Y]\\d{2}(\\.[0-9A-Z]+)*");

    /** @throws IllegalArgumentException when the value does not match its form */
    public OrganId {
        if (form == Form.LEGACY ? !LEGACY.matcher(value).matches()
                : !QD20.matcher(value).matches() || value.length() > 35) {
            throw new IllegalArgumentException("\"" + value + "\" is not a " + form + " organ id");
        }
    }

    /**
     * Reads an identifier, choosing the form from its shape.
     *
     * @param text e.g. "000.00.00.H41" or "H26.20"
     * @return the identifier
     * @throws ParseException when the text follows neither form
     */
    public static OrganId parse(@Nullable String text) throws ParseException {
        String s = ParseException.requireText(COMPONENT, text).strip();
        if (LEGACY.matcher(s).matches()) {
            return new OrganId(s, Form.LEGACY);
        }
        if (s.length() <= 35 && QD20.matcher(s).matches()) {
            return new OrganId(s, Form.QD20);
        }
        int bad = 0;
        while (bad < s.length() && (s.charAt(bad) >= '0' && s.charAt(bad) <= '9' || s.charAt(bad) == '.'
                || s.charAt(bad) >= 'A' && s.charAt(bad) <= 'Z')) {
            bad++;
        }
        if (s.length() > 35) {
            throw new ParseException(COMPONENT, s, 35, "longer than 35 characters");
        }
        if (bad < s.length()) {
            throw new ParseException(COMPONENT, s, bad, "unexpected character '" + s.charAt(bad) + "'");
        }
        throw new ParseException(COMPONENT, s, 0, "neither 000.00.00.H41 (QCVN 102) nor H41.xx (QĐ 20/2020) form");
    }

    /** @return the level-1 code, e.g. "H41" (Nghệ An) */
    public String levelOneCode() {
        return form == Form.LEGACY ? value.substring(10) : value.substring(0, 3);
    }

    /** @return the identifier as written */
    public String format() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
