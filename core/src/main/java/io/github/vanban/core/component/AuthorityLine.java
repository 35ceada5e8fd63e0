package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * One line of quyền hạn, chức vụ người ký (ô 7a), such as {@code KT. GIÁM ĐỐC} or {@code PHÓ GIÁM ĐỐC}.
 *
 * @param authority the prefix (TM., KT., TL., TUQ., Q.) or {@code null} for a plain title
 * @param title the title or collective name after the prefix, e.g. "GIÁM ĐỐC", "ỦY BAN NHÂN DÂN"
 */
public record AuthorityLine(@Nullable SigningAuthority authority, @NotBlank String title) {

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
     * Reads a line, recognising a leading prefix ("KT. GIÁM ĐỐC", "TM ỦY BAN NHÂN DÂN").
     *
     * @param text the line
     * @return the authority line
     * @throws IllegalArgumentException when the line is blank
     */
    public static AuthorityLine parse(String text) {
        String s = VietnameseText.collapseSpaces(text);
        int space = s.indexOf(' ');
        if (space > 0) {
            var prefix = SigningAuthority.fromPrefix(s.substring(0, space));
            if (prefix.isPresent()) {
                return new AuthorityLine(prefix.get(), s.substring(space + 1));
            }
        }
        return new AuthorityLine(null, s);
    }
}
