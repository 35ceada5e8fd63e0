package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sáng kiến — an initiative (Điều 3 k4, Luật Thi đua, khen thưởng 2022; Điều lệ Sáng kiến, Nghị định
 * 13/2012/NĐ-CP), or an accepted research work or combat ingenuity that the criteria treat alike, with its
 * recognitions. Proposals and award decisions cite it by {@link #id()} as the basis of an award; one initiative
 * supports one award (Công văn 5007/BNV-TĐKT).
 *
 * @param id an identifier unique within the dossier, e.g. "SK-2023-04"
 * @param name the initiative's name
 * @param kind sáng kiến, research work or combat ingenuity
 * @param authors the authors with their shares
 * @param firstApplicationDate the date of first (trial) application, or {@code null}
 * @param recognitions the recognitions, at any level
 */
public record Initiative(@NotBlank String id, @NotBlank String name, @NotNull InitiativeKind kind,
                         @NotNull List<@Valid InitiativeAuthor> authors, @Nullable LocalDate firstApplicationDate,
                         @NotNull List<@Valid InitiativeRecognition> recognitions) {

    /** Normalises texts and copies the lists. */
    public Initiative {
        id = id.strip();
        name = VietnameseText.nfc(name.strip());
        authors = List.copyOf(authors);
        recognitions = List.copyOf(recognitions);
    }

    /** @return the widest recognised scope of effect, or empty when not recognised */
    public Optional<InitiativeLevel> widestScope() {
        return recognitions.stream().map(InitiativeRecognition::scopeOfEffect).max(Comparator.naturalOrder());
    }

    /**
     * @param scope a scope
     * @param year the latest year that counts
     * @return {@code true} when recognised with at least that scope in or before that year
     */
    public boolean isRecognisedAtLeast(InitiativeLevel scope, int year) {
        return recognitions.stream().anyMatch(r -> r.scopeOfEffect().atLeast(scope) && r.year() <= year);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Initiative}; id and name are required, the kind defaults to sáng kiến. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;
        private InitiativeKind kind = InitiativeKind.SANG_KIEN;
        private final List<InitiativeAuthor> authors = new ArrayList<>();
        private @Nullable LocalDate firstApplicationDate;
        private final List<InitiativeRecognition> recognitions = new ArrayList<>();

        private Builder() {
        }

        /** @param id the identifier @return this builder */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** @param name the name @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @param kind the kind @return this builder */
        public Builder kind(InitiativeKind kind) {
            this.kind = kind;
            return this;
        }

        /** @param author an author @return this builder */
        public Builder author(InitiativeAuthor author) {
            this.authors.add(author);
            return this;
        }

        /** @param firstApplicationDate date of first (trial) application @return this builder */
        public Builder firstApplicationDate(@Nullable LocalDate firstApplicationDate) {
            this.firstApplicationDate = firstApplicationDate;
            return this;
        }

        /** @param recognition a recognition @return this builder */
        public Builder recognition(InitiativeRecognition recognition) {
            this.recognitions.add(recognition);
            return this;
        }

        /**
         * @return the initiative
         * @throws IllegalStateException when id or name is missing
         */
        public Initiative build() {
            if (id == null || name == null) {
                throw new IllegalStateException("an initiative needs an id and a name");
            }
            return new Initiative(id, name, kind, authors, firstApplicationDate, recognitions);
        }
    }
}
