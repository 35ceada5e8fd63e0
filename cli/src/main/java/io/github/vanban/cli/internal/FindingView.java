package io.github.vanban.cli.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding (phát hiện) of a rule on a document, as every report format shows it.
 *
 * @param ruleId the rule id, e.g. {@code ND30-SO-02}
 * @param severity the severity in the rule set used
 * @param pointer the JSON pointer of the component concerned, e.g. {@code /header/number/codeNumber}
 * @param part the document part (thành phần), e.g. "Số, ký hiệu"
 * @param line the 1-based input line of the component, 0 when unknown
 * @param message the message in the chosen language
 * @param basis the clause the rule enforces (căn cứ), e.g. "Phụ lục I, II.3.c"
 * @param fix a suggested correction, or {@code null}
 */
public record FindingView(String ruleId, Severity severity, String pointer, String part, int line, String message,
                          String basis, @Nullable String fix) {

    /** @throws NullPointerException when a required part is missing */
    public FindingView {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * @param newLine the input line
     * @return this finding at that line
     */
    public FindingView atLine(int newLine) {
        return new FindingView(ruleId, severity, pointer, part, newLine, message, basis, fix);
    }
}
