package io.github.vanban.formats;

import java.util.Objects;

/**
 * A diagnostic of a reader (chẩn đoán khi đọc): an error that stopped reading, a warning about something
 * doubtful or ignored, or a note about a repair the reader made ("joined split syllables").
 *
 * @param severity how serious it is
 * @param code a stable identifier, e.g. {@code json.unknown-field}, {@code text.header-missing}
 * @param message what happened, in plain English
 * @param location where
 */
public record Diagnostic(Severity severity, String code, String message, Location location) {

    /** How serious a diagnostic is. */
    public enum Severity {
        /** Reading failed or a component could not be understood. */
        ERROR,
        /** Something was doubtful, ignored or guessed. */
        WARNING,
        /** A repair or a remark. */
        INFO
    }

    /** @throws NullPointerException when a part is missing */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String toString() {
        return severity + " " + code + " (" + location + "): " + message;
    }
}
