package io.github.vanban.formats;

import org.jspecify.annotations.Nullable;

/**
 * Where in the input something was found (vị trí): line and column (1-based, 0 when unknown) and, for JSON and
 * XML, the JSON pointer or XPath of the node.
 *
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path JSON pointer (e.g. {@code /header/number}) or XPath (e.g. {@code /vb:document/vb:header}), or
 *     {@code null}
 */
public record Location(int line, int column, @Nullable String path) {

    /** An unknown location. */
    public static final Location UNKNOWN = new Location(0, 0, null);

    /**
     * @param line 1-based line
     * @return a location on that line
     */
    public static Location line(int line) {
        return new Location(line, 0, null);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (line > 0) {
            s.append("line ").append(line);
            if (column > 0) {
                s.append(", column ").append(column);
            }
        }
        if (path != null) {
            s.append(s.length() > 0 ? " " : "").append("at ").append(path);
        }
        return s.length() == 0 ? "unknown location" : s.toString();
    }
}
