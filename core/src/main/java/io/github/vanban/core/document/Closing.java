package io.github.vanban.core.document;

import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Phần kết thúc văn bản — the closing part of a document (ô 7–9, 12, 13 of Phụ lục I, Nghị định
 * 30/2020/NĐ-CP): signature block, recipients (Kính gửi, Nơi nhận, Lưu), drafter mark and contact footer.
 *
 * @param signature the signature block (ô 7), or {@code null} when missing
 * @param recipients the recipients (ô 9a, 9b)
 * @param drafterMark the ký hiệu người soạn thảo (ô 12), or {@code null}
 * @param contactFooter the contact footer (ô 13), or {@code null}
 */
public record Closing(@Nullable @Valid SignatureBlock signature, @NotNull @Valid Recipients recipients,
                      @Nullable @Valid DrafterMark drafterMark, @Nullable @Valid ContactFooter contactFooter) {

    /** A closing with nothing in it. */
    public static final Closing EMPTY = new Closing(null, Recipients.NONE, null, null);

    /**
     * @param signature the signature block
     * @param recipients the recipients
     * @return a closing without drafter mark or footer
     */
    public static Closing of(SignatureBlock signature, Recipients recipients) {
        return new Closing(signature, recipients, null, null);
    }
}
