package io.github.vanban.core.award;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Quyết định khen thưởng — an award decision, a quyết định with all the components of Nghị định 30/2020/NĐ-CP
 * (ký hiệu "QĐ-…", trích yếu "Về việc tặng …", THẨM QUYỀN BAN HÀNH, căn cứ, Điều 1 conferring the awards "(có
 * danh sách kèm theo)", Điều 2 the reward money and fund, Điều 3 the executing parties), with its list of
 * {@link AwardLine}s. The decision date chooses the legal regime ({@link Regime#on(LocalDate)}).
 *
 * @param header the heading part; its date is the decision date
 * @param enactingAuthority the THẨM QUYỀN BAN HÀNH line, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", or {@code null}
 * @param body the căn cứ and articles
 * @param closing the closing part
 * @param kind the kind of commendation, or {@code null} when not stated
 * @param assessmentYear the year the achievements were assessed for, or {@code null}
 * @param movement the movement a PHONG_TRAO award rewards, or {@code null}
 * @param lines the list of awards
 * @param fundSource the source of the reward money (e.g. "Quỹ thi đua, khen thưởng của tỉnh"), or {@code null}
 */
public record AwardDecision(@NotNull @Valid Header header, @Nullable String enactingAuthority,
                            @NotNull @Valid Body body, @NotNull @Valid Closing closing,
                            @Nullable CommendationKind kind, @Nullable @Min(1900) @Max(9999) Integer assessmentYear,
                            @Nullable @Valid EmulationMovement movement, @NotNull List<@Valid AwardLine> lines,
                            @Nullable String fundSource) implements AdministrativeDocument {

    /** Normalises texts and copies the list. */
    public AwardDecision {
        enactingAuthority = enactingAuthority == null || enactingAuthority.isBlank() ? null
                : VietnameseText.nfc(enactingAuthority.strip());
        fundSource = fundSource == null || fundSource.isBlank() ? null : VietnameseText.nfc(fundSource.strip());
        lines = List.copyOf(lines);
    }

    @Override
    public DocumentType type() {
        return DocumentType.QUYET_DINH;
    }

    /** @return the decision date when complete, from the header */
    public Optional<LocalDate> decisionDate() {
        PlaceAndDate pd = header.placeAndDate();
        PartialDate d = pd == null ? null : pd.date();
        return d == null ? Optional.empty() : d.toLocalDate();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AwardDecision}; the header is required, body and closing default to empty. */
    public static final class Builder {
        private @Nullable Header header;
        private @Nullable String enactingAuthority;
        private Body body = Body.EMPTY;
        private Closing closing = Closing.EMPTY;
        private @Nullable CommendationKind kind;
        private @Nullable Integer assessmentYear;
        private @Nullable EmulationMovement movement;
        private final List<AwardLine> lines = new ArrayList<>();
        private @Nullable String fundSource;

        private Builder() {
        }

        /** @param header the heading part @return this builder */
        public Builder header(Header header) {
            this.header = header;
            return this;
        }

        /** @param enactingAuthority the THẨM QUYỀN BAN HÀNH line @return this builder */
        public Builder enactingAuthority(@Nullable String enactingAuthority) {
            this.enactingAuthority = enactingAuthority;
            return this;
        }

        /** @param body the content @return this builder */
        public Builder body(Body body) {
            this.body = body;
            return this;
        }

        /** @param closing the closing part @return this builder */
        public Builder closing(Closing closing) {
            this.closing = closing;
            return this;
        }

        /** @param kind the kind of commendation @return this builder */
        public Builder kind(@Nullable CommendationKind kind) {
            this.kind = kind;
            return this;
        }

        /** @param assessmentYear the assessment year @return this builder */
        public Builder assessmentYear(@Nullable Integer assessmentYear) {
            this.assessmentYear = assessmentYear;
            return this;
        }

        /** @param movement the movement @return this builder */
        public Builder movement(@Nullable EmulationMovement movement) {
            this.movement = movement;
            return this;
        }

        /** @param line an award line @return this builder */
        public Builder line(AwardLine line) {
            this.lines.add(line);
            return this;
        }

        /** @param fundSource the fund the money comes from @return this builder */
        public Builder fundSource(@Nullable String fundSource) {
            this.fundSource = fundSource;
            return this;
        }

        /**
         * @return the decision
         * @throws IllegalStateException when the header is missing
         */
        public AwardDecision build() {
            if (header == null) {
                throw new IllegalStateException("an award decision needs a header");
            }
            return new AwardDecision(header, enactingAuthority, body, closing, kind, assessmentYear, movement, lines,
                    fundSource);
        }
    }
}
