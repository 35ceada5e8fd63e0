package io.github.vanban.core;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A piece of text could not be read as a document component (lỗi đọc thành phần văn bản — one of the components
 * of Điều 8, Nghị định 30/2020/NĐ-CP, in its printed form): it names what was expected, the input, and the
 * character offset where reading failed.
 *
 * <p>Every {@code parse} method of the model throws this checked exception for bad input, never a
 * {@link NullPointerException} or another unchecked exception.
 */
public final class ParseException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String component;
    private final String input;
    private final int offset;

    /**
     * Creates the exception.
     *
     * @param component what was being read, for example {@code "số, ký hiệu"}
     * @param input the text that was read (may be empty; {@code null} is read as empty)
     * @param offset zero-based character offset in {@code input} where reading failed
     * @param reason what is wrong, in plain words
     */
    public ParseException(String component, @Nullable String input, int offset, String reason) {
        super(component + ": " + reason + " at offset " + Math.max(offset, 0) + " in \""
                + (input == null ? "" : input) + "\"");
        this.component = component;
        this.input = input == null ? "" : input;
        this.offset = Math.max(offset, 0);
    }

    /**
     * Checks that there is text to read, so that every {@code parse} method reports a missing text the same way.
     *
     * @param component what is being read, for example {@code "số, ký hiệu"}
     * @param text the text handed to a {@code parse} method
     * @return the text, never {@code null}
     * @throws ParseException when the text is {@code null}, empty or only white space (no-break spaces too)
     */
    public static String requireText(String component, @Nullable String text) throws ParseException {
        if (text == null) {
            throw new ParseException(component, "", 0, "no text (null)");
        }
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new ParseException(component, text, 0, "empty text");
        }
        return text;
    }

    /** @return what was being read, for example {@code "số, ký hiệu"} */
    public String component() {
        return component;
    }

    /** @return the text that was read */
    public String input() {
        return input;
    }

    /** @return zero-based character offset in {@link #input()} where reading failed */
    public int offset() {
        return offset;
    }
}
