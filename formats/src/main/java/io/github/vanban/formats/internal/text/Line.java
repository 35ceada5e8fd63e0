package io.github.vanban.formats.internal.text;

/**
 * One logical line of a text document after cleaning, with the 1-based number of the physical line it starts on.
 *
 * @param number the 1-based line number in the input
 * @param text the cleaned text, stripped; empty for a blank or separator line
 * @param bold {@code true} when the whole line was marked bold in markdown residue ({@code **…**})
 * @param raw the physical line before junk characters and markdown were removed (NFC, Latin Ð read as Đ), for
 *     telling an illegible part from a blank one
 */
record Line(int number, String text, boolean bold, String raw) {

    Line(int number, String text, boolean bold) {
        this(number, text, bold, text);
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    Line withText(String newText) {
        return new Line(number, newText, bold, raw);
    }
}
