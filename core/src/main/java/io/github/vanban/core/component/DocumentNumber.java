package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Số, ký hiệu của văn bản (ô 3; Phụ lục I, II.3 of Nghị định 30/2020/NĐ-CP): the registration number and the
 * notation, written {@code Số: 05/BNV-VP}.
 *
 * <p>The number is kept as written (digits only) so that its form can be checked ("5" versus "05"); it is
 * {@code null} in a draft, where the line reads {@code Số: /SKHCN-VP}. The notation is the groups after the
 * "/", joined by "-": for a typed document the type abbreviation then the issuer's, for a công văn the issuer's
 * then the drafting unit's.
 *
 * @param number the number as written, digits only, or {@code null} when blank (draft)
 * @param notation the ký hiệu, e.g. "BNV-VP" or "QĐ-UBND"
 */
public record DocumentNumber(
        @Nullable @Pattern(regexp = "[0-9]+") String number,
        @NotBlank String notation) {

    /** The prefix of the line, "Số:". */
    public static final String PREFIX = "Số:";

    private static final String COMPONENT = "số, ký hiệu";

    /**
     * Creates a number, normalising the notation to NFC and rejecting structurally impossible values.
     *
     * <p>A notation that {@link #parse(String)} can read back is made of letters, digits, ".", "&amp;" and "/"
     * in groups joined by "-"; the constructor rejects only what can never be a ký hiệu (blank, spaces, an empty
     * group), so that a reader can keep an odd notation as written and let validation report it.
     *
     * @throws IllegalArgumentException when the number is not ASCII digits, or the notation is blank, has spaces
     *     or an empty group
     */
    public DocumentNumber {
        if (number != null && (number.isEmpty() || !number.chars().allMatch(c -> c >= '0' && c <= '9'))) {
            throw new IllegalArgumentException("số must be digits, got \"" + number + "\"");
        }
        notation = VietnameseText.nfc(notation);
        if (notation.isBlank() || notation.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("ký hiệu must be non-blank without spaces, got \"" + notation + "\"");
        }
        if (notation.startsWith("-") || notation.endsWith("-") || notation.contains("--")) {
            throw new IllegalArgumentException("ký hiệu has an empty group: \"" + notation + "\"");
        }
    }

    /**
     * Creates a number from an integer, written with the leading zero the decree requires below 10.
     *
     * @param number the registration number, at least 1
     * @param groups the notation groups, e.g. "BNV", "VP"
     * @return the number
     */
    public static DocumentNumber of(int number, String... groups) {
        if (number < 1) {
            throw new IllegalArgumentException("số must be at least 1, got " + number);
        }
        return new DocumentNumber(number < 10 ? "0" + number : Integer.toString(number), String.join("-", groups));
    }

    /**
     * Creates a draft number with a blank số.
     *
     * @param groups the notation groups
     * @return the number with {@link #number()} {@code null}
     */
    public static DocumentNumber blank(String... groups) {
        return new DocumentNumber(null, String.join("-", groups));
    }

    /** @return the notation groups, e.g. ["BNV", "VP"] */
    public List<String> groups() {
        return List.of(notation.split("-", -1));
    }

    /** @return the numeric value of the number, empty when blank */
    public OptionalInt value() {
        if (number == null) {
            return OptionalInt.empty();
        }
        String digits = number.replaceFirst("^0+(?=.)", "");
        return digits.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }

    /** @return {@code true} when the number is blank (a draft) */
    public boolean isBlank() {
        return number == null;
    }

    /** @return "05/BNV-VP", or "/SKHCN-VP" when blank */
    public String code() {
        return (number == null ? "" : number) + "/" + notation;
    }

    /** @return the line as printed: "Số: 05/BNV-VP", or "Số: /SKHCN-VP" when blank */
    public String format() {
        return PREFIX + " " + code();
    }

    /**
     * Reads a number line or a bare code: "Số: 05/BNV-VP", "Số 05/BNV-VP", "05/BNV-VP", "Số:   /SKHCN-VP".
     * Spaces around "/" and "-" are tolerated when reading; the notation is kept without them. Offsets in the
     * exception refer to the NFC form of the text.
     *
     * @param text the text to read
     * @return the number
     * @throws ParseException when the text is not a number line, naming the offset of the fault
     */
    public static DocumentNumber parse(@Nullable String text) throws ParseException {
        String s = VietnameseText.nfc(ParseException.requireText(COMPONENT, text));
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (s.regionMatches(true, i, "Số", 0, 2)) {
            i += 2;
            while (i < n && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ':')) {
                i++;
            }
        }
        int numberStart = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        String number = i > numberStart ? s.substring(numberStart, i) : null;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= n || s.charAt(i) != '/') {
            throw new ParseException(COMPONENT, s, i, i >= n ? "missing \"/\" before the ký hiệu"
                    : "expected \"/\" after the number, found '" + s.charAt(i) + "'");
        }
        int slash = i;
        int end = n;
        while (end > slash + 1 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        StringBuilder notation = new StringBuilder();
        for (int k = slash + 1; k < end; k++) {
            char c = s.charAt(k);
            if (Character.isWhitespace(c)) {
                int next = k;
                while (next < end && Character.isWhitespace(s.charAt(next))) {
                    next++;
                }
                boolean besideDash = notation.length() == 0 || notation.charAt(notation.length() - 1) == '-'
                        || s.charAt(next) == '-';
                if (!besideDash) {
                    throw new ParseException(COMPONENT, s, k, "space inside a group of the ký hiệu");
                }
                k = next - 1;
                continue;
            }
            if (!isNotationChar(c)) {
                throw new ParseException(COMPONENT, s, k, "unexpected character '" + c + "' in ký hiệu");
            }
            if (c == '-' && (notation.length() == 0 || notation.charAt(notation.length() - 1) == '-')) {
                throw new ParseException(COMPONENT, s, k, "empty group in ký hiệu");
            }
            notation.append(c);
        }
        if (notation.length() == 0) {
            throw new ParseException(COMPONENT, s, slash + 1, "missing ký hiệu after \"/\"");
        }
        if (notation.charAt(notation.length() - 1) == '-') {
            throw new ParseException(COMPONENT, s, end - 1, "empty group at the end of the ký hiệu");
        }
        return new DocumentNumber(number, notation.toString());
    }

    private static boolean isNotationChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '.' || c == '&';
    }
}
