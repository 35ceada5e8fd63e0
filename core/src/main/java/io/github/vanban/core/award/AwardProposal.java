package io.github.vanban.core.award;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
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
 * Tờ trình đề nghị khen thưởng — an award proposal (Điều 84 k1 a, Luật Thi đua, khen thưởng 2022; Mẫu số 01,
 * Nghị định 152/2025/NĐ-CP), a tờ trình with all the components of Nghị định 30/2020/NĐ-CP (ký hiệu "TTr-…",
 * trích yếu "Về việc đề nghị …", Kính gửi, căn cứ, signature, Nơi nhận), together with its dossier: the Danh
 * sách đề nghị (one {@link ProposalEntry} per nominee and award), the Báo cáo thành tích, and the Biên bản of the
 * council's vote.
 *
 * @param header the heading part; its date is the proposal's date
 * @param body the content of the tờ trình
 * @param closing the closing part
 * @param kind the kind of commendation proposed, or {@code null} when not stated
 * @param assessmentYear the year the achievements are assessed for, or {@code null}
 * @param movement the movement a PHONG_TRAO proposal rewards, or {@code null}
 * @param entries the Danh sách đề nghị
 * @param reports the Báo cáo thành tích
 * @param councilVote the Biên bản họp Hội đồng with the ballot, or {@code null} when not attached
 * @param publicNotice the publication of the list before submission, or {@code null} when not stated
 */
public record AwardProposal(@NotNull @Valid Header header, @NotNull @Valid Body body, @NotNull @Valid Closing closing,
                            @Nullable CommendationKind kind, @Nullable @Min(1900) @Max(9999) Integer assessmentYear,
                            @Nullable @Valid EmulationMovement movement,
                            @NotNull List<@Valid ProposalEntry> entries,
                            @NotNull List<@Valid AchievementReport> reports,
                            @Nullable @Valid CouncilVote councilVote, @Nullable @Valid PublicNotice publicNotice)
        implements AdministrativeDocument {

    /** Copies the lists. */
    public AwardProposal {
        entries = List.copyOf(entries);
        reports = List.copyOf(reports);
    }

    @Override
    public DocumentType type() {
        return DocumentType.TO_TRINH;
    }

    /** @return the proposal's date when complete, from the header */
    public Optional<LocalDate> date() {
        PlaceAndDate pd = header.placeAndDate();
        PartialDate d = pd == null ? null : pd.date();
        return d == null ? Optional.empty() : d.toLocalDate();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this proposal's values */
    public Builder toBuilder() {
        Builder b = new Builder().header(header).body(body).closing(closing).kind(kind).assessmentYear(assessmentYear)
                .movement(movement).councilVote(councilVote).publicNotice(publicNotice);
        b.entries.addAll(entries);
        b.reports.addAll(reports);
        return b;
    }

    /** Builds an {@link AwardProposal}; the header is required, body and closing default to empty. */
    public static final class Builder {
        private @Nullable Header header;
        private Body body = Body.EMPTY;
        private Closing closing = Closing.EMPTY;
        private @Nullable CommendationKind kind;
        private @Nullable Integer assessmentYear;
        private @Nullable EmulationMovement movement;
        private final List<ProposalEntry> entries = new ArrayList<>();
        private final List<AchievementReport> reports = new ArrayList<>();
        private @Nullable CouncilVote councilVote;
        private @Nullable PublicNotice publicNotice;

        private Builder() {
        }

        /** @param header the heading part @return this builder */
        public Builder header(Header header) {
            this.header = header;
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

        /** @param entry a list row @return this builder */
        public Builder entry(ProposalEntry entry) {
            this.entries.add(entry);
            return this;
        }

        /** @param entries list rows, replacing those added so far @return this builder */
        public Builder entries(List<ProposalEntry> entries) {
            this.entries.clear();
            this.entries.addAll(entries);
            return this;
        }

        /** @param report an achievement report @return this builder */
        public Builder report(AchievementReport report) {
            this.reports.add(report);
            return this;
        }

        /** @param councilVote the council's vote @return this builder */
        public Builder councilVote(@Nullable CouncilVote councilVote) {
            this.councilVote = councilVote;
            return this;
        }

        /** @param publicNotice the publication of the list @return this builder */
        public Builder publicNotice(@Nullable PublicNotice publicNotice) {
            this.publicNotice = publicNotice;
            return this;
        }

        /**
         * @return the proposal
         * @throws IllegalStateException when the header is missing
         */
        public AwardProposal build() {
            if (header == null) {
                throw new IllegalStateException("an award proposal needs a header");
            }
            return new AwardProposal(header, body, closing, kind, assessmentYear, movement, entries, reports,
                    councilVote, publicNotice);
        }
    }
}
