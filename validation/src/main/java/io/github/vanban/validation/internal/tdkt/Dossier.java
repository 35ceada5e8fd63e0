package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.Award;
import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardLine;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.award.CommendationKind;
import io.github.vanban.core.award.EmulationMovement;
import io.github.vanban.core.award.Nominee;
import io.github.vanban.core.award.ProposalEntry;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.document.AdministrativeDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Hồ sơ khen thưởng — one view of an {@link AwardProposal} (its Danh sách, "entries") or an {@link AwardDecision}
 * (its list, "lines"), so that one check serves both.
 *
 * @param document the document
 * @param items the list rows, in order
 * @param year the assessment year: the document's, else the year of its date; {@code null} when neither is known
 * @param kind the kind of commendation, or {@code null}
 * @param movement the movement, or {@code null}
 */
record Dossier(AdministrativeDocument document, List<Item> items, @Nullable Integer year,
               @Nullable CommendationKind kind, @Nullable EmulationMovement movement) {

    /**
     * One row: a nominee and an award.
     *
     * @param index the row's index in its list
     * @param list the JSON name of the list, "entries" or "lines"
     * @param nominee the nominee
     * @param award the award
     * @param basisInitiatives the cited initiatives
     * @param achievementSummary the tóm tắt thành tích, or {@code null} (a decision has none)
     */
    record Item(int index, String list, Nominee nominee, Award award, List<String> basisInitiatives,
                @Nullable String achievementSummary) {

        /** @return the path of this row */
        Object[] path(Object... more) {
            Object[] p = new Object[2 + more.length];
            p[0] = list;
            p[1] = index;
            System.arraycopy(more, 0, p, 2, more.length);
            return p;
        }

        boolean is(String code) {
            return award.code().equals(code);
        }
    }

    /**
     * @param document any document
     * @return the dossier view, empty for documents that are not award proposals or decisions
     */
    static Optional<Dossier> of(AdministrativeDocument document) {
        List<Item> items = new ArrayList<>();
        if (document instanceof AwardProposal p) {
            for (int i = 0; i < p.entries().size(); i++) {
                ProposalEntry e = p.entries().get(i);
                items.add(new Item(i, "entries", e.nominee(), e.award(), e.basisInitiatives(), e.achievementSummary()));
            }
            return Optional.of(new Dossier(document, List.copyOf(items), year(p.assessmentYear(), document),
                    p.kind(), p.movement()));
        }
        if (document instanceof AwardDecision d) {
            for (int i = 0; i < d.lines().size(); i++) {
                AwardLine l = d.lines().get(i);
                items.add(new Item(i, "lines", l.nominee(), l.award(), l.basisInitiatives(), null));
            }
            return Optional.of(new Dossier(document, List.copyOf(items), year(d.assessmentYear(), document),
                    d.kind(), d.movement()));
        }
        return Optional.empty();
    }

    private static @Nullable Integer year(@Nullable Integer assessmentYear, AdministrativeDocument document) {
        if (assessmentYear != null) {
            return assessmentYear;
        }
        PlaceAndDate pd = document.header().placeAndDate();
        PartialDate d = pd == null ? null : pd.date();
        return d == null ? null : d.year();
    }

    /**
     * @param date a date
     * @return the date as documents write it, dd/MM/yyyy
     */
    static String format(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /**
     * @param dong an amount in đồng
     * @return the amount as Vietnamese documents write it, "3.510.000"
     */
    static String money(long dong) {
        return String.format(java.util.Locale.ROOT, "%,d", dong).replace(',', '.');
    }

    /** @return the document's date when complete */
    Optional<LocalDate> date() {
        PlaceAndDate pd = document.header().placeAndDate();
        PartialDate d = pd == null ? null : pd.date();
        return d == null ? Optional.empty() : d.toLocalDate();
    }

    /** @return the rows whose award has a code */
    List<Item> items(String code) {
        return items.stream().filter(i -> i.is(code)).toList();
    }

    /**
     * @param nominee a nominee
     * @param code an award code
     * @return {@code true} when this document also proposes or confers that award on that nominee
     */
    boolean lists(Nominee nominee, String code) {
        return items.stream().anyMatch(i -> i.nominee().id().equals(nominee.id()) && i.is(code));
    }

    /** @return {@code true} for công trạng (also when no kind is stated, the usual yearly case) */
    boolean isCongTrang() {
        return kind == null || kind == CommendationKind.CONG_TRANG;
    }
}
