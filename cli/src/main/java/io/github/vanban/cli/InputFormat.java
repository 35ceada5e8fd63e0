package io.github.vanban.cli;

import io.github.vanban.formats.Format;
import org.jspecify.annotations.Nullable;

/** The input format option (định dạng đầu vào): detected from the content, or forced. */
enum InputFormat {
    /** Detected from the first bytes of each input. */
    AUTO(null),
    /** Plain text laid out as a Decree 30 document. */
    TEXT(Format.TEXT),
    /** Vanban JSON. */
    JSON(Format.JSON),
    /** Vanban XML. */
    XML(Format.XML);

    private final @Nullable Format format;

    InputFormat(@Nullable Format format) {
        this.format = format;
    }

    /** @return the forced format, or {@code null} to detect it */
    @Nullable Format format() {
        return format;
    }
}
