package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cá nhân được đề nghị khen thưởng — an individual nominee (Điều 19, Luật Thi đua, khen thưởng 2022) with the
 * facts a Danh sách đề nghị and a Báo cáo thành tích give: sex, date of birth, position and unit, whether a
 * direct worker (người lao động trực tiếp, priority of Điều 5 k2 d), whether in the armed forces (Chiến sĩ tiên
 * tiến instead of Lao động tiên tiến), the recruitment date, initiatives, and results by year.
 *
 * @param id the identifier within the dossier
 * @param fullName the full name
 * @param sex the sex, or {@code null}
 * @param birthDate the date of birth, or {@code null}
 * @param position the chức vụ, or {@code null}
 * @param unit the đơn vị công tác, or {@code null}
 * @param directWorker {@code true} for a direct worker (not a leader or manager)
 * @param armedForces {@code true} for armed-forces personnel
 * @param recruitedOn the date of recruitment (ngày tuyển dụng), or {@code null}
 * @param initiatives the nominee's initiatives and research works
 * @param history results and awards by year
 */
public record IndividualNominee(@NotBlank String id, @NotBlank String fullName, @Nullable Sex sex,
                                @Nullable LocalDate birthDate, @Nullable String position, @Nullable String unit,
                                boolean directWorker, boolean armedForces, @Nullable LocalDate recruitedOn,
                                @NotNull List<@Valid Initiative> initiatives,
                                @NotNull List<@Valid YearResult> history) implements Nominee {

    /** Normalises texts and copies the lists. */
    public IndividualNominee {
        id = id.strip();
        fullName = VietnameseText.nfc(fullName.strip());
        position = position == null || position.isBlank() ? null : VietnameseText.nfc(position.strip());
        unit = unit == null || unit.isBlank() ? null : VietnameseText.nfc(unit.strip());
        initiatives = List.copyOf(initiatives);
        history = List.copyOf(history);
    }

    @Override
    public String displayName() {
        return fullName;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.INDIVIDUAL;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this nominee's values */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).fullName(fullName).sex(sex).birthDate(birthDate).position(position)
                .unit(unit).directWorker(directWorker).armedForces(armedForces).recruitedOn(recruitedOn);
        b.initiatives.addAll(initiatives);
        b.history.addAll(history);
        return b;
    }

    /** Builds an {@link IndividualNominee}; id and full name are required. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String fullName;
        private @Nullable Sex sex;
        private @Nullable LocalDate birthDate;
        private @Nullable String position;
        private @Nullable String unit;
        private boolean directWorker;
        private boolean armedForces;
        private @Nullable LocalDate recruitedOn;
        private final List<Initiative> initiatives = new ArrayList<>();
        private final List<YearResult> history = new ArrayList<>();

        private Builder() {
        }

        /** @param id the identifier @return this builder */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** @param fullName the full name @return this builder */
        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        /** @param sex the sex @return this builder */
        public Builder sex(@Nullable Sex sex) {
            this.sex = sex;
            return this;
        }

        /** @param birthDate the date of birth @return this builder */
        public Builder birthDate(@Nullable LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /** @param position the chức vụ @return this builder */
        public Builder position(@Nullable String position) {
            this.position = position;
            return this;
        }

        /** @param unit the đơn vị @return this builder */
        public Builder unit(@Nullable String unit) {
            this.unit = unit;
            return this;
        }

        /** @param directWorker whether a direct worker @return this builder */
        public Builder directWorker(boolean directWorker) {
            this.directWorker = directWorker;
            return this;
        }

        /** @param armedForces whether armed-forces personnel @return this builder */
        public Builder armedForces(boolean armedForces) {
            this.armedForces = armedForces;
            return this;
        }

        /** @param recruitedOn the recruitment date @return this builder */
        public Builder recruitedOn(@Nullable LocalDate recruitedOn) {
            this.recruitedOn = recruitedOn;
            return this;
        }

        /** @param initiative an initiative @return this builder */
        public Builder initiative(Initiative initiative) {
            this.initiatives.add(initiative);
            return this;
        }

        /** @param result a year's result @return this builder */
        public Builder result(YearResult result) {
            this.history.add(result);
            return this;
        }

        /**
         * @return the nominee
         * @throws IllegalStateException when id or full name is missing
         */
        public IndividualNominee build() {
            if (id == null || fullName == null) {
                throw new IllegalStateException("an individual nominee needs an id and a full name");
            }
            return new IndividualNominee(id, fullName, sex, birthDate, position, unit, directWorker, armedForces,
                    recruitedOn, initiatives, history);
        }
    }
}
