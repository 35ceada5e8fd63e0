package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ký hiệu người soạn thảo văn bản và số lượng bản phát hành (ô 12; Phụ lục I, III.3 of Nghị định
 * 30/2020/NĐ-CP): the drafter's initials and the number of copies issued, printed {@code PL.(300)}.
 *
 * @param initials the drafter's initials in capitals, e.g. "PL", "XT"
 * @param copies the number of copies issued, or {@code null} when not written
 */
public record DrafterMark(@NotBlank String initials, @Nullable @Min(1) Integer copies) {

    private static final Pattern FORM = Pattern.compile(
            "^\\s*(?:\\^\\{)?(?<initials>[\\p{L}][\\p{L}0-9]*)\\}?\\s*\\.?\\s*(?:\\(\\s*(?<copies>[0-9]+)\\s*[bB]?\\s*\\))?\\s*\\.?\\s*$");

    /** Normalises the initials to NFC. */
    public DrafterMark {
        initials = VietnameseText.nfc(initials.strip());
    }

    /** @return the mark as printed: "PL.(300)" or "PL" */
    public String format() {
        return copies == null ? initials : initials + ".(" + copies + ")";
    }

    /**
     * Reads a mark: "PL.(300)", "XT(05b)", "XT", or the superscript residue "^{XT}".
     *
     * @param text the mark
     * @return the drafter mark
     * @throws ParseException when the text holds no initials
     */
    public static DrafterMark parse(@Nullable String text) throws ParseException {
        String s = VietnameseText.nfc(ParseException.requireText("ký hiệu người soạn thảo", text));
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            int at = 0;
            while (at < s.length() && (Character.isWhitespace(s.charAt(at)) || s.charAt(at) == '^'
                    || s.charAt(at) == '{')) {
                at++;
            }
            while (at < s.length() && Character.isLetterOrDigit(s.charAt(at))) {
                at++;
            }
            throw new ParseException("ký hiệu người soạn thảo", s, at, "expected initials such as \"PL.(300)\"");
        }
        String copies = m.group("copies");
        if (copies != null && copies.length() > 9) {
            throw new ParseException("ký hiệu người soạn thảo", s, m.start("copies"),
                    "number of copies too large: " + copies);
        }
        return new DrafterMark(m.group("initials"), copies == null ? null : Integer.valueOf(copies));
    }
}
