package io.github.vanban.core.component;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * One recipient line of "Kính gửi" (ô 9a) or "Nơi nhận" (ô 9b; Phụ lục I, II.9 of Nghị định 30/2020/NĐ-CP),
 * such as {@code - Sở Nội vụ (để theo dõi);}.
 *
 * <p>The punctuation that closes the line is kept as written, so that a missing or doubled ";" can be reported.
 *
 * @param name the recipient, e.g. "Sở Nội vụ" or "Như trên"
 * @param purpose why it is sent, e.g. "để theo dõi", "để b/c", or {@code null}
 * @param ending the punctuation that closes the line as written: ";" normally, "." on the last Kính gửi line,
 *     "" when missing
 */
public record Recipient(@NotBlank String name, @Nullable String purpose, @NotNull String ending) {

    /** The first Nơi nhận item of a công văn: "Như trên". */
    public static final String AS_ABOVE = "Như trên";

    private static final String COMPONENT = "nơi nhận";

    /** Normalises texts to NFC. */
    public Recipient {
        name = VietnameseText.nfc(name.strip());
        purpose = purpose == null || purpose.isBlank() ? null : VietnameseText.nfc(purpose.strip());
        ending = ending.strip();
    }

    /**
     * @param name the recipient
     * @return a recipient line ending with ";"
     */
    public static Recipient of(String name) {
        return new Recipient(name, null, ";");
    }

    /**
     * @param name the recipient
     * @param purpose why it is sent
     * @return a recipient line ending with ";"
     */
    public static Recipient of(String name, String purpose) {
        return new Recipient(name, purpose, ";");
    }

    /** @return {@code true} when this is the "Như trên" item */
    public boolean isAsAbove() {
        return VietnameseText.sameWords(name, AS_ABOVE);
    }

    /** @return the text of the line without dash: "Sở Nội vụ (để theo dõi);" */
    public String format() {
        return name + (purpose == null ? "" : " (" + purpose + ")") + ending;
    }

    /**
     * Reads one line, with or without its leading "- ": "- Sở Nội vụ (để theo dõi);".
     *
     * @param text the line
     * @return the recipient
     * @throws ParseException when the line has no name
     */
    public static Recipient parse(@Nullable String text) throws ParseException {
        String line = VietnameseText.collapseSpaces(VietnameseText.nfc(ParseException.requireText(COMPONENT, text)));
        String s = line;
        if (s.startsWith("-") || s.startsWith("–") || s.startsWith("+") || s.startsWith("•")) {
            s = s.substring(1).strip();
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ';' || s.charAt(end - 1) == '.' || s.charAt(end - 1) == ',')) {
            end--;
        }
        String ending = s.substring(end);
        String body = s.substring(0, end).strip();
        String purpose = null;
        if (body.endsWith(")")) {
            int open = body.lastIndexOf('(');
            if (open > 0) {
                purpose = body.substring(open + 1, body.length() - 1);
                body = body.substring(0, open).strip();
            }
        }
        if (body.isEmpty()) {
            throw new ParseException(COMPONENT, line, line.length() - s.length(), "the line has no recipient name");
        }
        return new Recipient(body, purpose, ending);
    }
}
