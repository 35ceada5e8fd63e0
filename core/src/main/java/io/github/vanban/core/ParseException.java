package io.github.vanban.core;

import java.io.Serial;

/**
 * A piece of text could not be read as a document component (lỗi đọc thành phần văn bản): it names what
 * was expected, the input, and the character offset where reading failed.
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
     * @param input the text that was read (may be empty)
     * @param offset zero-based character offset in {@code input} where reading failed
     * @param reason what is wrong, in plain words
     */
    public ParseException(String component, String input, int offset, String reason) {
        super(component + ": " + reason + " at offset " + offset + " in \"" + input + "\"");
        this.component = component;
        this.input = input;
        this.offset = offset;
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
