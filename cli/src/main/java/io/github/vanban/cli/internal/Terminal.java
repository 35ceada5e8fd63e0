package io.github.vanban.cli.internal;

import java.io.InputStream;
import java.util.Objects;

/**
 * What the command knows of where it runs (môi trường chạy): its standard input, whether colour may be used on
 * standard output, and whether a progress bar may be drawn on standard error.
 *
 * @param in standard input, read for the path {@code -}
 * @param colour whether standard output is a terminal that takes ANSI colour
 * @param progress whether standard error is a terminal where a progress bar may be drawn
 */
public record Terminal(InputStream in, boolean colour, boolean progress) {

    /** @throws NullPointerException when the input is missing */
    public Terminal {
        Objects.requireNonNull(in, "in");
    }

    /**
     * The real terminal: colour only when standard output is a terminal and {@code NO_COLOR} is not set
     * (no-color.org), a progress bar only when standard error is a terminal; never in a pipe or a file. The
     * launcher tells which streams are terminals through the system properties {@code vanban.stdout.tty} and
     * {@code vanban.stderr.tty}; without them, {@link System#console()} decides for both.
     *
     * @return the terminal of this process
     */
    public static Terminal system() {
        boolean console = System.console() != null;
        boolean stdout = tty("vanban.stdout.tty", console);
        boolean stderr = tty("vanban.stderr.tty", console);
        String noColour = System.getenv("NO_COLOR");
        return new Terminal(System.in, stdout && (noColour == null || noColour.isEmpty()), stderr);
    }

    private static boolean tty(String property, boolean fallback) {
        String v = System.getProperty(property);
        return v == null || v.isEmpty() ? fallback : Boolean.parseBoolean(v);
    }

    /**
     * A terminal for tests and embedding: the given input, no colour, no progress.
     *
     * @param in standard input
     * @return a plain terminal
     */
    public static Terminal plain(InputStream in) {
        return new Terminal(in, false, false);
    }
}
