package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.SignatureBlock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Biên bản — minutes of a meeting or event (Điều 7.15, Nghị định 30/2020/NĐ-CP; Mẫu 1.9), ký hiệu "BB-…". The
 * template has no place-and-date line, and two signatures: the secretary (THƯ KÝ, left) and the chair (CHỦ TỌA,
 * right, in {@link Closing#signature()}).
 *
 * @param header the heading part; the subject is the meeting's name
 * @param meeting the meeting facts, or {@code null} when not stated
 * @param body the content
 * @param closing the closing part; its signature is the chair's
 * @param secretarySignature the secretary's signature block, or {@code null}
 */
public record Minutes(@NotNull @Valid Header header, @Nullable @Valid Meeting meeting, @NotNull @Valid Body body,
                      @NotNull @Valid Closing closing, @Nullable @Valid SignatureBlock secretarySignature)
        implements AdministrativeDocument {

    @Override
    public DocumentType type() {
        return DocumentType.BIEN_BAN;
    }

    /** @return a builder for minutes */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Minutes}. */
    public static final class Builder {
        private Header header = Header.builder().build();
        private @Nullable Meeting meeting;
        private Body body = Body.EMPTY;
        private Closing closing = Closing.EMPTY;
        private @Nullable SignatureBlock secretarySignature;

        private Builder() {
        }

        /** @param header the heading part @return this builder */
        public Builder header(Header header) {
            this.header = header;
            return this;
        }

        /** @param meeting the meeting facts @return this builder */
        public Builder meeting(@Nullable Meeting meeting) {
            this.meeting = meeting;
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

        /** @param secretarySignature the secretary's signature @return this builder */
        public Builder secretarySignature(@Nullable SignatureBlock secretarySignature) {
            this.secretarySignature = secretarySignature;
            return this;
        }

        /** @return the minutes */
        public Minutes build() {
            return new Minutes(header, meeting, body, closing, secretarySignature);
        }
    }
}
