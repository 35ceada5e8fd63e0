package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.CommendationKind;
import io.github.vanban.core.award.HeldAward;
import io.github.vanban.core.award.Initiative;
import io.github.vanban.core.award.InitiativeLevel;
import io.github.vanban.core.award.Nominee;
import io.github.vanban.core.award.TaskRating;
import io.github.vanban.core.award.YearResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chuỗi thành tích — chains derived from a nominee's history, never from self-declared counts (spec §7,
 * implementation hints). Under R2025, awards for đột xuất or phong trào achievements do not count towards công
 * trạng chains (Nghị định 152/2025/NĐ-CP, Điều 4 k3).
 */
final class Chains {

    private Chains() {
    }

    /**
     * @param nominee the nominee
     * @param code a title code
     * @param year the year
     * @param congTrangOnly whether only công trạng awards count
     * @return {@code true} when the history shows the title for that year
     */
    static boolean held(Nominee nominee, String code, int year, boolean congTrangOnly) {
        Optional<YearResult> r = nominee.result(year);
        return r.isPresent() && r.get().awards().stream().anyMatch(a -> a.award().code().equals(code)
                && (!congTrangOnly || a.kind() == CommendationKind.CONG_TRANG));
    }

    /**
     * Counts the consecutive years, ending with {@code year}, in which the nominee held a title.
     *
     * @param dossier the document, whose own rows for {@code year} count as held
     * @param nominee the nominee
     * @param code the title code
     * @param year the last year of the chain
     * @param congTrangOnly whether only công trạng awards count
     * @return the length of the chain, 0 when the title is missing in {@code year}
     */
    static int consecutive(Dossier dossier, Nominee nominee, String code, int year, boolean congTrangOnly) {
        int n = 0;
        for (int y = year; ; y--) {
            boolean inDocument = y == year && dossier.lists(nominee, code);
            if (!inDocument && !held(nominee, code, y, congTrangOnly)) {
                return n;
            }
            n++;
        }
    }

    /**
     * Counts the consecutive years in which the nominee held a title, ending in {@code year} when held that year
     * (or proposed in this document), else in the year before ("ending in the year before, or in, the proposal
     * year").
     *
     * @param dossier the document
     * @param nominee the nominee
     * @param code the title code
     * @param year the assessment year
     * @param congTrangOnly whether only công trạng awards count
     * @return the length of the chain
     */
    static int consecutiveUpTo(Dossier dossier, Nominee nominee, String code, int year, boolean congTrangOnly) {
        int now = consecutive(dossier, nominee, code, year, congTrangOnly);
        return now > 0 ? now : consecutive(dossier, nominee, code, year - 1, congTrangOnly);
    }

    /**
     * @param nominee the nominee
     * @param code a title code
     * @param upTo the last year to look at
     * @param congTrangOnly whether only công trạng awards count
     * @return the years, ascending, in which the nominee held the title
     */
    static List<Integer> years(Nominee nominee, String code, int upTo, boolean congTrangOnly) {
        List<Integer> out = new ArrayList<>();
        nominee.history().stream().map(YearResult::year).filter(y -> y <= upTo).sorted().distinct()
                .filter(y -> held(nominee, code, y, congTrangOnly)).forEach(out::add);
        return out;
    }

    /**
     * @param nominee the nominee
     * @param year a year
     * @return the task rating of that year, or {@code null}
     */
    static TaskRating rating(Nominee nominee, int year) {
        return nominee.result(year).map(YearResult::taskRating).orElse(null);
    }

    /**
     * @param nominee the nominee
     * @param year a year
     * @return {@code true} when rated hoàn thành xuất sắc nhiệm vụ that year
     */
    static boolean excellent(Nominee nominee, int year) {
        return rating(nominee, year) == TaskRating.HOAN_THANH_XUAT_SAC;
    }

    /**
     * The initiatives a row may rest on: those it cites, or all the nominee's when it cites none.
     *
     * @param item a row
     * @return the initiatives
     */
    static List<Initiative> basis(Dossier.Item item) {
        List<Initiative> own = Nominees.initiatives(item.nominee());
        if (item.basisInitiatives().isEmpty()) {
            return own;
        }
        return own.stream().filter(i -> item.basisInitiatives().contains(i.id())).toList();
    }

    /**
     * @param item a row
     * @param scope the scope needed
     * @param year the last year a recognition may count for
     * @return how many of the row's basis initiatives are recognised with at least that scope
     */
    static long recognised(Dossier.Item item, InitiativeLevel scope, int year) {
        return basis(item).stream().filter(i -> i.isRecognisedAtLeast(scope, year)).count();
    }

    /**
     * @param nominee a nominee
     * @return every award in its history with its year, for reuse checks
     */
    static List<YearAward> awards(Nominee nominee) {
        List<YearAward> out = new ArrayList<>();
        for (YearResult r : nominee.history()) {
            for (HeldAward a : r.awards()) {
                out.add(new YearAward(r.year(), a));
            }
        }
        return out;
    }

    /** An award of the history with its year. */
    record YearAward(int year, HeldAward award) {
    }
}
