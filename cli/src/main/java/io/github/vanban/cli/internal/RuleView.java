package io.github.vanban.cli.internal;

import java.util.Objects;

/**
 * One rule of the catalogue (danh mục quy tắc), as {@code vanban rules} and the SARIF rule list show it.
 *
 * @param id the rule id
 * @param severity the severity in the rule set
 * @param part the document part it concerns
 * @param clause the clause it enforces
 * @param message what the rule requires, in the chosen language
 * @param help a longer description, or the message again when there is none
 */
public record RuleView(String id, Severity severity, String part, String clause, String message, String help) {

    /** @throws NullPointerException when a part is missing */
    public RuleView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(help, "help");
    }
}
