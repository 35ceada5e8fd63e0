package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of quyền hạn, chức vụ người ký (ô 7a; Phụ lục I, II.7.a–b and Điều 13 of Nghị định 30/2020/NĐ-CP),
 * such as {@code KT. GIÁM ĐỐC} or {@code PHÓ GIÁM ĐỐC}.
 *
 * @param authority the prefix (TM., KT., TL., TUQ., Q.) or {@code null} for a plain title
 * @param title the title or collective name after the prefix, e.g. "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN"
 */
public record AuthorityLine(@Nullable SigningAuthority authority, @NotBlank String title) {

    private static final String COMPONENT = "quyền hạn, chức vụ người ký";
    private static final Pattern PREFIXED = Pattern.compile("^(TUQ|TM|KT|TL|Q)(?:\\.\\s*|\\s+)(\\S.*)$");
    private static final Pattern BARE_PREFIX = Pattern.compile("^(TUQ|TM|KT|TL|Q)\\.?$");

    /** Normalises the title to NFC. */
    public AuthorityLine {
        title = VietnameseText.nfc(title.strip());
    }

    /**
     * @param title a title without prefix
     * @return the line
     */
    public static AuthorityLine of(String title) {
        return new AuthorityLine(null, title);
    }

    /** @return the line as printed: "KT. GIÁM ĐỐC" */
    public String format() {
        return authority == null ? title : authority.prefix() + " " + title;
    }

    /**
     * Reads a line, recognising a leading prefix written upper case with or without its dot ("KT. GIÁM ĐỐC",
     * "TM ỦY BAN NHÂN DÂN", "KT.GIÁM ĐỐC").
     *
     * @param text the line
     * @return the authority line
     * @throws ParseException when the line is blank or holds a prefix without a title
     */
    public static AuthorityLine parse(@Nullable String text) throws ParseException {
        String s = VietnameseText.collapseSpaces(VietnameseText.nfc(ParseException.requireText(COMPONENT, text)));
        Matcher m = PREFIXED.matcher(s);
        if (m.matches()) {
            var authority = SigningAuthority.fromPrefix(m.group(1));
            if (authority.isPresent()) {
                return new AuthorityLine(authority.get(), m.group(2));
            }
        }
        Matcher bare = BARE_PREFIX.matcher(s);
        if (bare.matches()) {
            throw new ParseException(COMPONENT, s, s.length(), "no title after \"" + s + "\"");
        }
        return new AuthorityLine(null, s);
    }
}
