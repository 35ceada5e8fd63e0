package io.github.vanban.core.award;

import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.Organization;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Công nhận sáng kiến — one recognition of an initiative or research work: at cơ sở level by a Quyết định công
 * nhận sáng kiến (Nghị định 13/2012/NĐ-CP, Điều 3), or of its effect and scope at bộ/tỉnh or national level
 * (Điều 21–22, Luật Thi đua, khen thưởng 2022).
 *
 * @param level the level of the recognising decision
 * @param scopeOfEffect the recognised scope of effect (phạm vi ảnh hưởng), at least the level
 * @param decidingBody the body that decided
 * @param decision the decision (số, ký hiệu, ngày), or {@code null} when not cited
 * @param year the year the recognition counts for
 */
public record InitiativeRecognition(@NotNull InitiativeLevel level, @NotNull InitiativeLevel scopeOfEffect,
                                    @NotNull @Valid Organization decidingBody,
                                    @Nullable @Valid DocumentReference decision, @Min(1900) @Max(9999) int year) {

    /** @throws IllegalArgumentException when the scope is narrower than the level */
    public InitiativeRecognition {
        if (!scopeOfEffect.atLeast(level)) {
            throw new IllegalArgumentException("scope of effect " + scopeOfEffect + " is narrower than level " + level);
        }
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InitiativeRecognition}; level, deciding body and year are required, scope defaults to the level. */
    public static final class Builder {
        private @Nullable InitiativeLevel level;
        private @Nullable InitiativeLevel scopeOfEffect;
        private @Nullable Organization decidingBody;
        private @Nullable DocumentReference decision;
        private int year;

        private Builder() {
        }

        /** @param level the level @return this builder */
        public Builder level(InitiativeLevel level) {
            this.level = level;
            return this;
        }

        /** @param scopeOfEffect the scope of effect @return this builder */
        public Builder scopeOfEffect(InitiativeLevel scopeOfEffect) {
            this.scopeOfEffect = scopeOfEffect;
            return this;
        }

        /** @param decidingBody the deciding body @return this builder */
        public Builder decidingBody(Organization decidingBody) {
            this.decidingBody = decidingBody;
            return this;
        }

        /** @param decision the decision @return this builder */
        public Builder decision(@Nullable DocumentReference decision) {
            this.decision = decision;
            return this;
        }

        /** @param year the year @return this builder */
        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /**
         * @return the recognition
         * @throws IllegalStateException when level, deciding body or year is missing
         */
        public InitiativeRecognition build() {
            if (level == null || decidingBody == null || year == 0) {
                throw new IllegalStateException("a recognition needs a level, a deciding body and a year");
            }
            return new InitiativeRecognition(level, scopeOfEffect == null ? level : scopeOfEffect, decidingBody,
                    decision, year);
        }
    }
}
