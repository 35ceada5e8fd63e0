package io.github.vanban.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Phát hiện — one thing a rule found in a document: which rule, how serious, where (a JSON pointer built from the
 * JSON field names of the model, e.g. {@code /header/number/codeNumber}), which document part, the message key
 * and its arguments, the message rendered in the caller's locale, the clause of the law, and a suggested fix when
 * one is obvious ("05" for "5").
 *
 * @param ruleId the rule, e.g. "ND30-SO-02"
 * @param severity the severity in the rule set used
 * @param pointer the JSON pointer (RFC 6901) of the faulty value; "" for the whole document
 * @param part the document part
 * @param messageKey the key of the message in {@code ContributorValidationMessages}
 * @param arguments the message's placeholder values by name, in order of insertion
 * @param message the rendered message
 * @param clause the clause of the law, e.g. "Phụ lục I, II.3.c"
 * @param suggestedFix the corrected value, or {@code null} when none is obvious
 */
public record Finding(String ruleId, Severity severity, String pointer, DocumentPart part, String messageKey,
                      Map<String, String> arguments, String message, String clause, @Nullable String suggestedFix) {

    /** Checks and copies. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(clause, "clause");
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + message
                + (suggestedFix == null ? "" : " → " + suggestedFix);
    }

    /** @return a builder for a finding */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Finding}. */
    public static final class Builder {
        private String ruleId = "";
        private Severity severity = Severity.ERROR;
        private String pointer = "";
        private DocumentPart part = DocumentPart.DOCUMENT;
        private String messageKey = "";
        private Map<String, String> arguments = Map.of();
        private String message = "";
        private String clause = "";
        private @Nullable String suggestedFix;

        private Builder() {
        }

        /** @param ruleId the rule id @return this builder */
        public Builder ruleId(String ruleId) {
            this.ruleId = ruleId;
            return this;
        }

        /** @param severity the severity @return this builder */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /** @param pointer the JSON pointer @return this builder */
        public Builder pointer(String pointer) {
            this.pointer = pointer;
            return this;
        }

        /** @param part the document part @return this builder */
        public Builder part(DocumentPart part) {
            this.part = part;
            return this;
        }

        /** @param messageKey the message key @return this builder */
        public Builder messageKey(String messageKey) {
            this.messageKey = messageKey;
            return this;
        }

        /** @param arguments the message arguments @return this builder */
        public Builder arguments(Map<String, String> arguments) {
            this.arguments = arguments;
            return this;
        }

        /** @param message the rendered message @return this builder */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** @param clause the clause @return this builder */
        public Builder clause(String clause) {
            this.clause = clause;
            return this;
        }

        /** @param suggestedFix the suggested fix @return this builder */
        public Builder suggestedFix(@Nullable String suggestedFix) {
            this.suggestedFix = suggestedFix;
            return this;
        }

        /** @return the finding */
        public Finding build() {
            return new Finding(ruleId, severity, pointer, part, messageKey, arguments, message, clause, suggestedFix);
        }
    }
}
