package io.github.vanban.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions shared by the tests of the {@code parse} methods. */
public final class ParseAssertions {

    /**
     * A {@code parse} method of the model.
     *
     * @param <T> what it reads
     */
    @FunctionalInterface
    public interface Parser<T> {
        /**
         * @param text the text
         * @return the value read
         * @throws ParseException when the text cannot be read
         */
        T parse(String text) throws ParseException;
    }

    private ParseAssertions() {
    }

    /**
     * Reads a text that must be readable, for the round-trip properties.
     *
     * @param parser the parse method
     * @param text the text
     * @param <T> what it reads
     * @return the value
     */
    public static <T> T parsed(Parser<T> parser, String text) {
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new AssertionError("could not read back \"" + text + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Asserts that a text is refused with a {@link ParseException} naming the component, the offset and the reason.
     *
     * @param parser the parse method
     * @param text the bad text
     * @param component the component the exception must name
     * @param offset the offset it must give
     * @param reason words its message must contain
     */
    public static void assertParseError(Parser<?> parser, String text, String component, int offset, String reason) {
        assertThatThrownBy(() -> parser.parse(text)).isInstanceOfSatisfying(ParseException.class, e -> {
            assertThat(e.component()).isEqualTo(component);
            assertThat(e.getMessage()).contains(reason);
            assertThat(e.offset()).isEqualTo(offset);
        });
    }
}
