package io.github.vanban.validation;

import io.github.vanban.core.document.DocumentType;
import io.github.vanban.validation.internal.MessageBundles;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Quy tắc kiểm tra — one rule of a rule set: its id (e.g. {@code ND30-SO-02}), its severity in the rule set, the
 * severity it was defined with, the clause of the law it enforces (e.g. "Phụ lục I, II.3.c"), the document part it
 * concerns, the document types and profiles it applies to, and how sure the legal reading is.
 *
 * <p>The texts (title, and for convention rules a note saying why they are not errors) live in the message
 * bundles {@code ContributorValidationMessages} under {@code <id>.title} and {@code <id>.note}.
 *
 * @param id the rule id, e.g. "ND30-SO-02"
 * @param severity the severity in the rule set it belongs to
 * @param defaultSeverity the severity the rule was defined with
 * @param clause the clause it enforces, e.g. "Phụ lục I, II.3.c"
 * @param part the document part it concerns
 * @param documentTypes the types it applies to; empty means every type
 * @param profiles the profiles it applies to, never empty
 * @param basis how the legal reading was established
 */
public record Rule(String id, Severity severity, Severity defaultSeverity, String clause, DocumentPart part,
                   Set<DocumentType> documentTypes, Set<Profile> profiles, Basis basis) {

    /** Căn cứ của quy tắc — how sure the reading of the law behind a rule is. */
    public enum Basis {
        /** [V] stated in the decree's text. */
        VERIFIED,
        /** [T] shown by the decree's templates (informative, not normative prose). */
        TEMPLATE,
        /** [C] a convention or interpretation consistent with the decree but not stated in it. */
        CONVENTION,
        /** Could not be confirmed from the decree's text. */
        UNVERIFIED;

        /** @return {@code true} for readings that must never be a hard error (convention, unverified) */
        public boolean isTentative() {
            return this == CONVENTION || this == UNVERIFIED;
        }
    }

    /** Validates and copies the sets. */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(basis, "basis");
        documentTypes = Set.copyOf(documentTypes);
        profiles = Set.copyOf(profiles);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " applies to no profile");
        }
        if (basis.isTentative() && defaultSeverity == Severity.ERROR) {
            throw new IllegalArgumentException("rule " + id + " rests on a " + basis
                    + " reading and so cannot default to ERROR");
        }
    }

    /**
     * @param type a document type
     * @param profile a profile
     * @return {@code true} when the rule checks documents of that type under that profile
     */
    public boolean appliesTo(DocumentType type, Profile profile) {
        return profiles.contains(profile) && (documentTypes.isEmpty() || documentTypes.contains(type));
    }

    /**
     * @param newSeverity the severity in a derived rule set
     * @return this rule with another severity, the default severity unchanged
     */
    public Rule withSeverity(Severity newSeverity) {
        return new Rule(id, newSeverity, defaultSeverity, clause, part, documentTypes, profiles, basis);
    }

    /**
     * @param locale the reader's locale: Vietnamese for "vi", English otherwise (never the JVM default)
     * @return the rule's one-line title, e.g. "Số nhỏ hơn 10 phải có số 0 ở trước"
     */
    public String title(Locale locale) {
        return MessageBundles.standard().text(locale, id + ".title").orElse(id);
    }

    /**
     * @param locale the reader's locale
     * @return why a convention or unverified rule is a warning and not an error, when the rule has such a note
     */
    public Optional<String> note(Locale locale) {
        return MessageBundles.standard().text(locale, id + ".note");
    }

    /** @return a builder for a rule */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Rule}. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable Severity severity;
        private String clause = "";
        private DocumentPart part = DocumentPart.DOCUMENT;
        private Set<DocumentType> documentTypes = Set.of();
        private Set<Profile> profiles = EnumSet.allOf(Profile.class);
        private Basis basis = Basis.VERIFIED;

        private Builder() {
        }

        /** @param id the rule id @return this builder */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** @param severity the default severity @return this builder */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /** @param clause the clause enforced @return this builder */
        public Builder clause(String clause) {
            this.clause = clause;
            return this;
        }

        /** @param part the document part @return this builder */
        public Builder part(DocumentPart part) {
            this.part = part;
            return this;
        }

        /** @param documentTypes the types it applies to, empty for all @return this builder */
        public Builder documentTypes(Set<DocumentType> documentTypes) {
            this.documentTypes = documentTypes;
            return this;
        }

        /** @param profiles the profiles it applies to @return this builder */
        public Builder profiles(Set<Profile> profiles) {
            this.profiles = profiles;
            return this;
        }

        /** @param basis how the reading was established @return this builder */
        public Builder basis(Basis basis) {
            this.basis = basis;
            return this;
        }

        /** @return the rule */
        public Rule build() {
            Severity s = Objects.requireNonNull(severity, "severity");
            return new Rule(Objects.requireNonNull(id, "id"), s, s, clause, part, documentTypes, profiles, basis);
        }
    }
}
