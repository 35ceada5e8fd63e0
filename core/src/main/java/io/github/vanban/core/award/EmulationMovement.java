package io.github.vanban.core.award;

import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Phong trào thi đua — an emulation movement (Điều 16–18, Luật Thi đua, khen thưởng 2022): launched (phát động)
 * by a competent authority, organised as thi đua thường xuyên or theo chuyên đề, with its mục tiêu, chỉ tiêu and
 * tiêu chí (Điều 17 k1). Example: "Đổi mới sáng tạo, ứng dụng tiến bộ khoa học và công nghệ vào thực tiễn sản
 * xuất và đời sống", launched by a Sở Khoa học và Công nghệ.
 *
 * @param name the movement's name
 * @param launchingAuthority the authority that launched it
 * @param launchingDocument the launching plan or decision, or {@code null}
 * @param form thường xuyên or chuyên đề
 * @param startDate the first day, or {@code null} when not stated
 * @param endDate the last day, or {@code null} for an open-ended thường xuyên movement
 * @param targets the chỉ tiêu (measurable targets), as written
 * @param criteria the tiêu chí
 */
public record EmulationMovement(@NotBlank String name, @NotNull @Valid Organization launchingAuthority,
                                @Nullable @Valid DocumentReference launchingDocument, @NotNull MovementForm form,
                                @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                                @NotNull List<@NotBlank String> targets,
                                @NotNull List<@Valid MovementCriterion> criteria) {

    /**
     * Normalises the name and copies the lists.
     *
     * @throws IllegalArgumentException when the end date is before the start date
     */
    public EmulationMovement {
        name = VietnameseText.nfc(name.strip());
        targets = targets.stream().map(t -> VietnameseText.nfc(t.strip())).toList();
        criteria = List.copyOf(criteria);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("movement ends before it starts: " + startDate + " – " + endDate);
        }
    }

    /**
     * @param date a day
     * @return {@code true} when the movement runs on that day (an unknown start or end is open)
     */
    public boolean isRunningOn(LocalDate date) {
        return (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }

    /** @return a builder for a movement */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EmulationMovement}; name and launching authority are required. */
    public static final class Builder {
        private @Nullable String name;
        private @Nullable Organization launchingAuthority;
        private @Nullable DocumentReference launchingDocument;
        private MovementForm form = MovementForm.THUONG_XUYEN;
        private @Nullable LocalDate startDate;
        private @Nullable LocalDate endDate;
        private final List<String> targets = new ArrayList<>();
        private final List<MovementCriterion> criteria = new ArrayList<>();

        private Builder() {
        }

        /** @param name the name @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @param launchingAuthority the authority that launched it @return this builder */
        public Builder launchingAuthority(Organization launchingAuthority) {
            this.launchingAuthority = launchingAuthority;
            return this;
        }

        /** @param launchingDocument the launching document @return this builder */
        public Builder launchingDocument(@Nullable DocumentReference launchingDocument) {
            this.launchingDocument = launchingDocument;
            return this;
        }

        /** @param form thường xuyên or chuyên đề @return this builder */
        public Builder form(MovementForm form) {
            this.form = form;
            return this;
        }

        /** @param startDate first day @param endDate last day, or {@code null} @return this builder */
        public Builder period(@Nullable LocalDate startDate, @Nullable LocalDate endDate) {
            this.startDate = startDate;
            this.endDate = endDate;
            return this;
        }

        /** @param target a chỉ tiêu @return this builder */
        public Builder target(String target) {
            this.targets.add(target);
            return this;
        }

        /** @param criterion a tiêu chí @return this builder */
        public Builder criterion(MovementCriterion criterion) {
            this.criteria.add(criterion);
            return this;
        }

        /**
         * @return the movement
         * @throws IllegalStateException when the name or the launching authority is missing
         */
        public EmulationMovement build() {
            if (name == null || launchingAuthority == null) {
                throw new IllegalStateException("a movement needs a name and a launching authority");
            }
            return new EmulationMovement(name, launchingAuthority, launchingDocument, form, startDate, endDate,
                    targets, criteria);
        }
    }
}
