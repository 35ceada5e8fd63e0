package io.github.vanban.core.component;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Nơi nhận (ô 9a and 9b; Phụ lục I, II.9 of Nghị định 30/2020/NĐ-CP): the addressees of "Kính gửi", the
 * distribution list under "Nơi nhận:" and its closing archive line "Lưu: VT, …".
 *
 * @param addressees the "Kính gửi" lines, empty when the document has none
 * @param distribution the "Nơi nhận" items before the archive line, in order ("Như trên" first in a công văn)
 * @param archive the "Lưu" line, or {@code null} when missing
 */
public record Recipients(@NotNull List<@Valid Recipient> addressees, @NotNull List<@Valid Recipient> distribution,
                         @Nullable @Valid ArchiveLine archive) {

    /** No recipients at all. */
    public static final Recipients NONE = new Recipients(List.of(), List.of(), null);

    /** Copies the lists. */
    public Recipients {
        addressees = List.copyOf(addressees);
        distribution = List.copyOf(distribution);
    }
}
