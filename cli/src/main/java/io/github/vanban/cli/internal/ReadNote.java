package io.github.vanban.cli.internal;

import java.util.Objects;

/**
 * A diagnostic of the reader (chẩn đoán khi đọc) carried into the report: why a document failed to read, or what
 * the reader repaired or doubted.
 *
 * @param severity how serious
 * @param code the stable code, e.g. {@code json.syntax}, {@code io.unreadable}
 * @param message the message
 * @param line the 1-based line, 0 when unknown
 * @param path the JSON pointer or XPath when known, else empty
 */
public record ReadNote(Severity severity, String code, String message, int line, String path) {

    /** @throws NullPointerException when a part is missing */
    public ReadNote {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(path, "path");
    }
}
