package io.github.vanban.core.award;

import java.util.List;
import java.util.Optional;

/**
 * Đối tượng được đề nghị khen thưởng — a nominee: an individual, a collective or a household, with its history of
 * results and awards by year (Điều 19–20, Luật Thi đua, khen thưởng 2022).
 */
public sealed interface Nominee permits IndividualNominee, CollectiveNominee, HouseholdNominee {

    /** @return an identifier unique within the dossier, used by ballots and reports */
    String id();

    /** @return the name as the list writes it (full name, unit name, head of household) */
    String displayName();

    /** @return the subject type */
    SubjectType subjectType();

    /** @return the results and awards by year, in any order, one per year */
    List<YearResult> history();

    /**
     * @param year a year
     * @return the result recorded for that year, or empty
     */
    default Optional<YearResult> result(int year) {
        return history().stream().filter(r -> r.year() == year).findFirst();
    }
}
