package io.github.vanban.cli.internal;

import java.util.Locale;

/** How serious a finding is (mức độ), as the command shows it and as it decides the exit code. */
public enum Severity {
    /** The document breaks the decree: exit code 1. */
    ERROR,
    /** Doubtful or discouraged. */
    WARNING,
    /** A remark. */
    INFO;

    /** @return the SARIF level of this severity: error, warning or note */
    public String sarifLevel() {
        return switch (this) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** @return the lower-case name, as in JSON reports */
    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Maps any severity-like enum or name ("ERROR", "warning") onto this one; unknown names are INFO.
     *
     * @param name the name
     * @return the severity
     */
    public static Severity of(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "ERROR", "FATAL" -> ERROR;
            case "WARNING", "WARN" -> WARNING;
            default -> INFO;
        };
    }
}
