package io.github.vanban.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Báo cáo kiểm tra — the outcome of validating one document: the status, the rule set (id and version) and
 * profile used, the language of the messages, and the findings in document order. A report whose validation could
 * not be completed has status {@link Status#FAILED} and says why in {@link #failure()}; it is never VALID.
 *
 * @param status VALID, INVALID or FAILED
 * @param ruleSetId the rule set used, e.g. "nd30-2020"
 * @param ruleSetVersion its version
 * @param profile the profile used
 * @param locale the language tag of the messages, "vi" or "en"
 * @param findings the findings, ordered by pointer then rule id
 * @param failure why validation failed, or {@code null} unless the status is FAILED
 */
public record ValidationReport(Status status, String ruleSetId, String ruleSetVersion, Profile profile,
                               String locale, List<Finding> findings, @Nullable String failure) {

    /** Orders findings by place in the document, then rule id, then message key. */
    public static final Comparator<Finding> DOCUMENT_ORDER = Comparator.comparing(Finding::pointer)
            .thenComparing(Finding::ruleId).thenComparing(Finding::messageKey).thenComparing(Finding::message);

    /** Checks consistency and copies the findings. */
    public ValidationReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
        findings = List.copyOf(findings);
        if ((status == Status.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a FAILED report, and only a FAILED report, carries a failure");
        }
        if (status == Status.VALID && findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("a VALID report cannot hold an ERROR finding");
        }
        if (status == Status.INVALID && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("an INVALID report needs an ERROR finding");
        }
    }

    /**
     * A completed validation: VALID unless a finding is an error.
     *
     * @param ruleSet the rule set used
     * @param profile the profile
     * @param locale the language tag of the messages
     * @param findings the findings
     * @return the report
     */
    public static ValidationReport of(RuleSet ruleSet, Profile profile, String locale, List<Finding> findings) {
        List<Finding> sorted = findings.stream().sorted(DOCUMENT_ORDER).toList();
        Status status = sorted.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Status.INVALID : Status.VALID;
        return new ValidationReport(status, ruleSet.id(), ruleSet.version(), profile, locale, sorted, null);
    }

    /**
     * A validation that could not be completed.
     *
     * @param ruleSet the rule set used
     * @param profile the profile
     * @param locale the language tag of the messages
     * @param failure what went wrong
     * @return a FAILED report
     */
    public static ValidationReport failed(RuleSet ruleSet, Profile profile, String locale, String failure) {
        return new ValidationReport(Status.FAILED, ruleSet.id(), ruleSet.version(), profile, locale, List.of(), failure);
    }

    /** @return {@code true} only when the status is VALID */
    public boolean isValid() {
        return status == Status.VALID;
    }

    /**
     * @param severity a severity
     * @return the findings of exactly that severity
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** @return the distinct rule ids of the findings, in order */
    public List<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }

    /** @return a plain-text rendering, one finding per line, for people */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(status).append(" — ").append(ruleSetId).append(' ').append(ruleSetVersion).append(", ")
                .append(profile).append(", ").append(findings(Severity.ERROR).size()).append(" error(s), ")
                .append(findings(Severity.WARNING).size()).append(" warning(s), ")
                .append(findings(Severity.INFO).size()).append(" info\n");
        if (failure != null) {
            s.append("  failure: ").append(failure).append('\n');
        }
        for (Finding f : findings) {
            s.append("  ").append(String.format("%-7s", f.severity())).append(' ').append(f.ruleId()).append(' ')
                    .append(f.pointer().isEmpty() ? "/" : f.pointer()).append('\n')
                    .append("          ").append(f.message()).append(" [").append(f.clause()).append(']');
            if (f.suggestedFix() != null) {
                s.append(" → ").append(f.suggestedFix());
            }
            s.append('\n');
        }
        return s.toString();
    }
}
