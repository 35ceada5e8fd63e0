package io.github.vanban.cli.internal;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One input document named on the command line or found in a directory (nguồn văn bản).
 *
 * @param name the name shown in reports: the path as given or found, {@code -} for standard input
 * @param path the file, or {@code null} for standard input
 * @param problem why the input cannot be read at all (e.g. it does not exist), or {@code null}
 */
public record InputSource(String name, @Nullable Path path, @Nullable String problem) {

    /** The name of standard input. */
    public static final String STDIN = "-";

    /** @throws NullPointerException when the name is missing */
    public InputSource {
        Objects.requireNonNull(name, "name");
    }

    /**
     * @param path a file
     * @return the source of that file, named as the path is written
     */
    public static InputSource file(Path path) {
        return new InputSource(path.toString(), path, null);
    }

    /** @return standard input */
    public static InputSource stdin() {
        return new InputSource(STDIN, null, null);
    }

    /**
     * @param name the name as given
     * @param problem why it cannot be read
     * @return a source that will be reported as FAILED
     */
    public static InputSource broken(String name, String problem) {
        return new InputSource(name, null, problem);
    }

    /** @return {@code true} for standard input */
    public boolean isStdin() {
        return path == null && problem == null;
    }
}
