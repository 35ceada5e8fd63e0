package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Hộ gia đình — a household nominee ("Gia đình văn hóa" is its only emulation title, Điều 20 k2, Luật Thi đua,
 * khen thưởng 2022; it may also receive Giấy khen and Bằng khen).
 *
 * @param id the identifier within the dossier
 * @param headName the head of household (chủ hộ) as written
 * @param address the address (thôn, xã), or {@code null}
 * @param history results and awards by year
 */
public record HouseholdNominee(@NotBlank String id, @NotBlank String headName, @Nullable String address,
                               @NotNull List<@Valid YearResult> history) implements Nominee {

    /** Normalises texts and copies the list. */
    public HouseholdNominee {
        id = id.strip();
        headName = VietnameseText.nfc(headName.strip());
        address = address == null || address.isBlank() ? null : VietnameseText.nfc(address.strip());
        history = List.copyOf(history);
    }

    @Override
    public String displayName() {
        return "Hộ ông/bà " + headName;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.HOUSEHOLD;
    }
}
