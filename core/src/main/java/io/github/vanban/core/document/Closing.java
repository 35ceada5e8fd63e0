package io.github.vanban.core.document;

import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.Seal;
import io.github.vanban.core.component.SignatureBlock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Phần kết thúc văn bản — the closing part of a document (ô 7–9, 12, 13 of Phụ lục I, Nghị định
 * 30/2020/NĐ-CP): signature block, seal or the organisation's digital signature, recipients (Kính gửi, Nơi nhận,
 * Lưu), drafter mark and contact footer.
 *
 * @param signature the signature block (ô 7), or {@code null} when missing
 * @param recipients the recipients (ô 9a, 9b)
 * @param drafterMark the ký hiệu người soạn thảo (ô 12), or {@code null}
 * @param contactFooter the contact footer (ô 13), or {@code null}
 * @param seal the seal or the organisation's digital signature (ô 8), or {@code null} when not recorded (a draft,
 *     or a document read from plain text)
 */
public record Closing(@Nullable @Valid SignatureBlock signature, @NotNull @Valid Recipients recipients,
                      @Nullable @Valid DrafterMark drafterMark, @Nullable @Valid ContactFooter contactFooter,
                      @Nullable @Valid Seal seal) {

    /** A closing with nothing in it. */
    public static final Closing EMPTY = new Closing(null, Recipients.NONE, null, null, null);

    /**
     * Creates a closing without a recorded seal.
     *
     * @param signature the signature block, or {@code null}
     * @param recipients the recipients
     * @param drafterMark the drafter mark, or {@code null}
     * @param contactFooter the contact footer, or {@code null}
     */
    public Closing(@Nullable SignatureBlock signature, Recipients recipients, @Nullable DrafterMark drafterMark,
                   @Nullable ContactFooter contactFooter) {
        this(signature, recipients, drafterMark, contactFooter, null);
    }

    /**
     * @param signature the signature block
     * @param recipients the recipients
     * @return a closing without drafter mark, footer or seal
     */
    public static Closing of(SignatureBlock signature, Recipients recipients) {
        return new Closing(signature, recipients, null, null, null);
    }

    /** @return a builder for a closing */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Closing}; every part is optional, recipients default to none. */
    public static final class Builder {
        private @Nullable SignatureBlock signature;
        private Recipients recipients = Recipients.NONE;
        private @Nullable DrafterMark drafterMark;
        private @Nullable ContactFooter contactFooter;
        private @Nullable Seal seal;

        private Builder() {
        }

        /** @param signature the signature block @return this builder */
        public Builder signature(@Nullable SignatureBlock signature) {
            this.signature = signature;
            return this;
        }

        /** @param recipients the recipients @return this builder */
        public Builder recipients(Recipients recipients) {
            this.recipients = recipients;
            return this;
        }

        /** @param drafterMark the ký hiệu người soạn thảo @return this builder */
        public Builder drafterMark(@Nullable DrafterMark drafterMark) {
            this.drafterMark = drafterMark;
            return this;
        }

        /** @param contactFooter the contact footer @return this builder */
        public Builder contactFooter(@Nullable ContactFooter contactFooter) {
            this.contactFooter = contactFooter;
            return this;
        }

        /** @param seal the seal or the organisation's digital signature @return this builder */
        public Builder seal(@Nullable Seal seal) {
            this.seal = seal;
            return this;
        }

        /** @return the closing */
        public Closing build() {
            return new Closing(signature, recipients, drafterMark, contactFooter, seal);
        }
    }
}
