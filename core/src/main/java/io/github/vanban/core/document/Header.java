package io.github.vanban.core.document;

import io.github.vanban.core.component.CirculationScope;
import io.github.vanban.core.component.Confidentiality;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Urgency;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * Phần đầu văn bản — the heading part of a document (ô 2–5, 10, 11 of Phụ lục I, Nghị định 30/2020/NĐ-CP):
 * issuer, số/ký hiệu, place and date, trích yếu, confidentiality, urgency and circulation notice. The Quốc hiệu
 * and Tiêu ngữ (ô 1) are fixed text: writers print them, readers check them, the model does not store them.
 *
 * <p>Every part may be missing in a document read from a damaged source; the validator reports what a
 * complete document needs.
 *
 * @param issuer the issuing organisation (ô 2), or {@code null} when unknown
 * @param number the số/ký hiệu (ô 3), or {@code null} when missing
 * @param placeAndDate the place and date (ô 4), or {@code null} when missing (allowed for a biên bản)
 * @param subject the trích yếu (ô 5): for a công văn the text starting "V/v"; {@code null} when none
 * @param confidentiality the độ mật (ô 10a), or {@code null}
 * @param urgency the mức độ khẩn (ô 10b), or {@code null}
 * @param circulation the phạm vi lưu hành notice (ô 11), or {@code null}
 * @param draftMarker {@code true} when the document is marked "Dự thảo" (a workflow mark, not an ND30 component)
 */
public record Header(@Nullable @Valid Organization issuer, @Nullable @Valid DocumentNumber number,
                     @Nullable @Valid PlaceAndDate placeAndDate, @Nullable String subject,
                     @Nullable Confidentiality confidentiality, @Nullable Urgency urgency,
                     @Nullable @Valid CirculationScope circulation, boolean draftMarker) {

    /** Quốc hiệu (ô 1; Phụ lục I, II.1): fixed text, printed by writers and checked by readers, not stored. */
    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /** Tiêu ngữ (ô 1; Phụ lục I, II.1): fixed text, hyphens with a space on each side. */
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** Normalises the subject to NFC, blank to {@code null}. */
    public Header {
        subject = subject == null || subject.isBlank() ? null : VietnameseText.nfc(subject.strip());
    }

    /** @return a builder for a header */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this header's values */
    public Builder toBuilder() {
        return new Builder().issuer(issuer).number(number).placeAndDate(placeAndDate).subject(subject)
                .confidentiality(confidentiality).urgency(urgency).circulation(circulation).draftMarker(draftMarker);
    }

    /** Builds a {@link Header}; every part is optional. */
    public static final class Builder {
        private @Nullable Organization issuer;
        private @Nullable DocumentNumber number;
        private @Nullable PlaceAndDate placeAndDate;
        private @Nullable String subject;
        private @Nullable Confidentiality confidentiality;
        private @Nullable Urgency urgency;
        private @Nullable CirculationScope circulation;
        private boolean draftMarker;

        private Builder() {
        }

        /** @param issuer the issuer @return this builder */
        public Builder issuer(@Nullable Organization issuer) {
            this.issuer = issuer;
            return this;
        }

        /** @param number the số/ký hiệu @return this builder */
        public Builder number(@Nullable DocumentNumber number) {
            this.number = number;
            return this;
        }

        /** @param placeAndDate the place and date @return this builder */
        public Builder placeAndDate(@Nullable PlaceAndDate placeAndDate) {
            this.placeAndDate = placeAndDate;
            return this;
        }

        /** @param subject the trích yếu @return this builder */
        public Builder subject(@Nullable String subject) {
            this.subject = subject;
            return this;
        }

        /** @param confidentiality the độ mật @return this builder */
        public Builder confidentiality(@Nullable Confidentiality confidentiality) {
            this.confidentiality = confidentiality;
            return this;
        }

        /** @param urgency the độ khẩn @return this builder */
        public Builder urgency(@Nullable Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        /** @param circulation the phạm vi lưu hành @return this builder */
        public Builder circulation(@Nullable CirculationScope circulation) {
            this.circulation = circulation;
            return this;
        }

        /** @param draftMarker whether "Dự thảo" is marked @return this builder */
        public Builder draftMarker(boolean draftMarker) {
            this.draftMarker = draftMarker;
            return this;
        }

        /** @return the header */
        public Header build() {
            return new Header(issuer, number, placeAndDate, subject, confidentiality, urgency, circulation, draftMarker);
        }
    }
}
