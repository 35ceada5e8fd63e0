package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hình thức khen thưởng — a form of commendation (Điều 7, Luật Thi đua, khen thưởng 2022): an order (Huân
 * chương, Điều 33), a medal (Huy chương, Điều 54), an honorary State title, a prize, a Kỷ niệm chương, a Bằng
 * khen (Điều 72–74) or a Giấy khen (Điều 75). Forms are entries of an {@link AwardCatalog}: sector badges and
 * organisations' own forms are added to it.
 *
 * @param code the stable code, e.g. "HC_LAO_DONG"
 * @param name the official name, e.g. "Huân chương Lao động"
 * @param category the category
 * @param classes the classes (hạng) it is conferred in, highest first; empty when it has none
 * @param subjects the subjects it applies to, never empty
 * @param regimes the regimes in which it exists, never empty
 * @param conferrers who may confer it, by regime
 */
public record CommendationForm(@NotBlank String code, @NotBlank String name, @NotNull FormCategory category,
                               @NotNull List<AwardClass> classes, @NotEmpty Set<SubjectType> subjects,
                               @NotEmpty Set<Regime> regimes, @NotNull List<@Valid Conferral> conferrers)
        implements AwardType {

    /**
     * Normalises texts to NFC and copies the collections.
     *
     * @throws IllegalArgumentException when subjects or regimes are empty
     */
    public CommendationForm {
        code = VietnameseText.nfc(code.strip());
        name = VietnameseText.nfc(name.strip());
        if (subjects.isEmpty() || regimes.isEmpty()) {
            throw new IllegalArgumentException("form " + code + " needs subjects and regimes");
        }
        classes = List.copyOf(classes);
        subjects = Set.copyOf(EnumSet.copyOf(subjects));
        regimes = Set.copyOf(EnumSet.copyOf(regimes));
        conferrers = List.copyOf(conferrers);
    }

    @Override
    public Award toAward() {
        return Award.form(code);
    }

    /**
     * @param awardClass a class
     * @return the reference to this form in that class
     * @throws IllegalArgumentException when the form is not conferred in that class
     */
    public Award toAward(AwardClass awardClass) {
        if (!classes.contains(awardClass)) {
            throw new IllegalArgumentException(name + " has no " + awardClass.vietnameseName());
        }
        return Award.form(code, awardClass);
    }

    /**
     * The name with the class, as a decision writes it: "Huân chương Lao động hạng Ba".
     *
     * @param awardClass the class, or {@code null}
     * @return the full name
     */
    public String fullName(@Nullable AwardClass awardClass) {
        return awardClass == null ? name : name + " " + awardClass.vietnameseName();
    }

    /** @return a builder for a form of commendation */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CommendationForm}; code, name, category, subjects and regimes are required. */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String name;
        private @Nullable FormCategory category;
        private final List<AwardClass> classes = new ArrayList<>();
        private final Set<SubjectType> subjects = EnumSet.noneOf(SubjectType.class);
        private final Set<Regime> regimes = EnumSet.noneOf(Regime.class);
        private final List<Conferral> conferrers = new ArrayList<>();

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

        /** @param category the category @return this builder */
        public Builder category(FormCategory category) {
            this.category = category;
            return this;
        }

        /** @param classes the classes, highest first @return this builder */
        public Builder classes(AwardClass... classes) {
            this.classes.addAll(List.of(classes));
            return this;
        }

        /** @param subjects subjects it applies to @return this builder */
        public Builder subjects(SubjectType... subjects) {
            this.subjects.addAll(List.of(subjects));
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

        /**
         * @return the form
         * @throws IllegalStateException when the code, name or category is missing
         */
        public CommendationForm build() {
            if (code == null || name == null || category == null) {
                throw new IllegalStateException("a form of commendation needs a code, a name and a category");
            }
            return new CommendationForm(code, name, category, classes, subjects, regimes, conferrers);
        }
    }
}
