package io.github.vanban.core.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Biên bản họp Hội đồng Thi đua - Khen thưởng — the council's vote on a proposal (Điều 84 k1 c, Luật Thi đua,
 * khen thưởng 2022): the meeting date, the council's size, who attended, and the ballot per nominee. Thresholds
 * are measured against all members, not those present (Nghị định 98/2023/NĐ-CP, Điều 30 k7).
 *
 * @param date the meeting date, or {@code null}
 * @param totalMembers the number of council members
 * @param membersPresent the number present
 * @param ballots the ballot results
 */
public record CouncilVote(@Nullable LocalDate date, @Positive int totalMembers, @PositiveOrZero int membersPresent,
                          @NotNull List<@Valid Ballot> ballots) {

    /** @throws IllegalArgumentException when more are present than there are members, or a count is negative */
    public CouncilVote {
        if (totalMembers < 1 || membersPresent < 0 || membersPresent > totalMembers) {
            throw new IllegalArgumentException("council of " + totalMembers + " with " + membersPresent + " present");
        }
        ballots = List.copyOf(ballots);
    }

    /**
     * @param nomineeId a nominee
     * @param award an award
     * @return the ballot on that nominee for that award, or empty
     */
    public Optional<Ballot> ballot(String nomineeId, Award award) {
        return ballots.stream().filter(b -> b.nomineeId().equals(nomineeId) && b.award().equals(award)).findFirst();
    }
}
