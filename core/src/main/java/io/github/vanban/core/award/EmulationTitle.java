package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Danh hiệu thi đua — an emulation title (Điều 19 for individuals, Điều 20 for collectives and households, Luật
 * Thi đua, khen thưởng 2022), such as "Lao động tiên tiến" or "Tập thể lao động xuất sắc". Titles are entries of
 * an {@link AwardCatalog}, not a closed list: ministries, provinces and mass organisations define their own.
 *
 * <p>Where the armed forces use another name for the same title ("Chiến sĩ tiên tiến" for "Lao động tiên
 * tiến", Điều 24 k2), that name is the {@code armedForcesName}.
 *
 * @param code the stable code, e.g. "CSTD_CS"
 * @param name the official name, e.g. "Chiến sĩ thi đua cơ sở"
 * @param armedForcesName the armed-forces variant's name, or {@code null}
 * @param aliases other names used in documents (former names, e.g. "Xã, phường, thị trấn tiêu biểu")
 * @param subjects the subjects it applies to, never empty
 * @param periodicity how often it is considered
 * @param regimes the regimes in which it exists, never empty
 * @param conferrers who may confer it, by regime
 * @param rewardCoefficient the reward as a multiple of the lương cơ sở (Nghị định 152/2025/NĐ-CP, Điều 50), or
 *     {@code null} when none is set
 */
public record EmulationTitle(@NotBlank String code, @NotBlank String name, @Nullable String armedForcesName,
                             @NotNull List<@NotBlank String> aliases, @NotEmpty Set<SubjectType> subjects,
                             @NotNull Periodicity periodicity, @NotEmpty Set<Regime> regimes,
                             @NotNull List<@Valid Conferral> conferrers,
                             @Nullable @PositiveOrZero BigDecimal rewardCoefficient) implements AwardType {

    /**
     * Normalises texts to NFC and copies the collections.
     *
     * @throws IllegalArgumentException when subjects or regimes are empty
     */
    public EmulationTitle {
        code = VietnameseText.nfc(code.strip());
        name = VietnameseText.nfc(name.strip());
        armedForcesName = armedForcesName == null || armedForcesName.isBlank() ? null
                : VietnameseText.nfc(armedForcesName.strip());
        aliases = aliases.stream().map(a -> VietnameseText.nfc(a.strip())).toList();
        if (subjects.isEmpty() || regimes.isEmpty()) {
            throw new IllegalArgumentException("title " + code + " needs subjects and regimes");
        }
        subjects = Set.copyOf(EnumSet.copyOf(subjects));
        regimes = Set.copyOf(EnumSet.copyOf(regimes));
        conferrers = List.copyOf(conferrers);
    }

    @Override
    public Award toAward() {
        return Award.title(code);
    }

    /**
     * Tells whether a text names this title, under its name, its armed-forces name or an alias, tolerant of
     * case and tone-mark placement.
     *
     * @param text a title as written
     * @return {@code true} when it names this title
     */
    public boolean isNamed(String text) {
        String key = VietnameseText.comparisonKey(text.replace("\"", "").replace("“", "").replace("”", ""));
        if (key.equals(VietnameseText.comparisonKey(name))
                || armedForcesName != null && key.equals(VietnameseText.comparisonKey(armedForcesName))) {
            return true;
        }
        return aliases.stream().anyMatch(a -> key.equals(VietnameseText.comparisonKey(a)));
    }

    /** @return a builder for an emulation title */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EmulationTitle}; code, name, subjects and regimes are required. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String name;
        private @Nullable String armedForcesName;
        private final List<String> aliases = new ArrayList<>();
        private final Set<SubjectType> subjects = EnumSet.noneOf(SubjectType.class);
        private Periodicity periodicity = Periodicity.UNSPECIFIED;
        private final Set<Regime> regimes = EnumSet.noneOf(Regime.class);
        private final List<Conferral> conferrers = new ArrayList<>();
        private @Nullable BigDecimal rewardCoefficient;

        private Builder() {
        }

        /** @param code the code @return this builder */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** @param name the official name @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @param armedForcesName the armed-forces variant's name @return this builder */
        public Builder armedForcesName(@Nullable String armedForcesName) {
            this.armedForcesName = armedForcesName;
            return this;
        }

        /** @param alias another name used in documents @return this builder */
        public Builder alias(String alias) {
            this.aliases.add(alias);
            return this;
        }

        /** @param subjects subjects it applies to @return this builder */
        public Builder subjects(SubjectType... subjects) {
            this.subjects.addAll(List.of(subjects));
            return this;
        }

        /** @param periodicity how often it is considered @return this builder */
        public Builder periodicity(Periodicity periodicity) {
            this.periodicity = periodicity;
            return this;
        }

        /** @param regimes regimes in which it exists @return this builder */
        public Builder regimes(Regime... regimes) {
            this.regimes.addAll(List.of(regimes));
            return this;
        }

        /** @param conferral an authority that may confer it @return this builder */
        public Builder conferrer(Conferral conferral) {
            this.conferrers.add(conferral);
            return this;
        }

        /** @param rewardCoefficient multiple of the lương cơ sở @return this builder */
        public Builder rewardCoefficient(@Nullable BigDecimal rewardCoefficient) {
            this.rewardCoefficient = rewardCoefficient;
            return this;
        }

        /**
         * @return the title
         * @throws IllegalStateException when the code or the name is missing
         */
        public EmulationTitle build() {
            if (code == null || name == null) {
                throw new IllegalStateException("an emulation title needs a code and a name");
            }
            return new EmulationTitle(code, name, armedForcesName, aliases, subjects, periodicity, regimes,
                    conferrers, rewardCoefficient);
        }
    }
}
