package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Dòng danh sách đề nghị khen thưởng — one row of the list attached to a tờ trình đề nghị khen thưởng: the
 * nominee, the proposed title or form, the achievement in brief, and the initiatives it rests on.
 *
 * @param nominee the nominee
 * @param award the proposed title or form
 * @param achievementSummary the tóm tắt thành tích, or {@code null}
 * @param basisInitiatives ids of the nominee's initiatives cited as the basis of this award
 */
public record ProposalEntry(@NotNull @Valid Nominee nominee, @NotNull @Valid Award award,
                            @Nullable String achievementSummary, @NotNull List<@NotBlank String> basisInitiatives) {

    /** Normalises the summary and copies the list. */
    public ProposalEntry {
        achievementSummary = achievementSummary == null || achievementSummary.isBlank() ? null
                : VietnameseText.nfc(achievementSummary.strip());
        basisInitiatives = List.copyOf(basisInitiatives);
    }

    /**
     * @param nominee the nominee
     * @param award the proposed award
     * @param basisInitiatives ids of initiatives cited as its basis
     * @return an entry without a summary
     */
    public static ProposalEntry of(Nominee nominee, Award award, String... basisInitiatives) {
        return new ProposalEntry(nominee, award, null, List.of(basisInitiatives));
    }
}
