package io.github.vanban.formats;

/**
 * Options of a read (tùy chọn đọc): the limits that protect a reader from hostile or runaway input, and how
 * strictly unknown fields are treated. The defaults are safe for untrusted input.
 *
 * @param maxInputBytes the largest input accepted, in bytes (default 16 MiB)
 * @param maxDepth the deepest nesting of objects, arrays or elements accepted (default 64)
 * @param maxStringLength the longest single string or text node accepted, in characters (default 1 Mi)
 * @param lenient {@code false} (default): an unknown field is an error naming it; {@code true}: unknown fields
 *     are skipped and each is reported as a warning — never dropped silently
 */
public record ReadOptions(long maxInputBytes, int maxDepth, int maxStringLength, boolean lenient) {

    /** The safe defaults. */
    public static final ReadOptions DEFAULTS = new ReadOptions(16L * 1024 * 1024, 64, 1024 * 1024, false);

    /** @throws IllegalArgumentException when a limit is not positive */
    public ReadOptions {
        if (maxInputBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @param bytes the largest input @return options with that limit */
    public ReadOptions withMaxInputBytes(long bytes) {
        return new ReadOptions(bytes, maxDepth, maxStringLength, lenient);
    }

    /** @param depth the deepest nesting @return options with that limit */
    public ReadOptions withMaxDepth(int depth) {
        return new ReadOptions(maxInputBytes, depth, maxStringLength, lenient);
    }

    /** @param length the longest string @return options with that limit */
    public ReadOptions withMaxStringLength(int length) {
        return new ReadOptions(maxInputBytes, maxDepth, length, lenient);
    }

    /** @param lenient whether unknown fields are warnings instead of errors @return options with that mode */
    public ReadOptions withLenient(boolean lenient) {
        return new ReadOptions(maxInputBytes, maxDepth, maxStringLength, lenient);
    }
}
