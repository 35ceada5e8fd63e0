package io.github.vanban.cli.internal;

import java.util.List;
import java.util.Objects;

/**
 * The report on one document (báo cáo kiểm tra một văn bản) as the command prints it: where it came from, its
 * status, the profile and rule set used, the findings in document order and what the reader said.
 *
 * @param source the name shown to the user: the path as given or found, or {@code -} for standard input
 * @param status valid, invalid or failed
 * @param profile the profile used ({@code draft} or {@code issued})
 * @param ruleSet the rule set id
 * @param inputFormat the format the document was read as, lower case ({@code text}, {@code json}, …), or empty
 *     when it could not be determined
 * @param findings the findings of the rules
 * @param notes the reader's diagnostics
 */
public record DocumentOutcome(String source, Status status, String profile, String ruleSet, String inputFormat,
                              List<FindingView> findings, List<ReadNote> notes) {

    /** Copies the lists. */
    public DocumentOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(inputFormat, "inputFormat");
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
