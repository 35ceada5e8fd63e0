package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Tờ trình — a submission to a higher or competent body (Điều 7.16, Nghị định 30/2020/NĐ-CP; Mẫu 1.4), ký hiệu
 * "TTr-…". Sent upward it has "Kính gửi" and a Nơi nhận starting "Như trên" (Phụ lục I, II.9.b).
 *
 * @param header the heading part
 * @param body the content
 * @param closing the closing part
 * @param toHigherAuthority {@code true} when it is sent by a lower body to a higher one (gửi cấp trên), which
 *     makes "Kính gửi" and a Nơi nhận starting "Như trên" required (Phụ lục I, II.9.b)
 */
public record Submission(@NotNull @Valid Header header, @NotNull @Valid Body body, @NotNull @Valid Closing closing,
                 boolean toHigherAuthority) implements AdministrativeDocument {

    /**
     * Creates a tờ trình whose direction is not stated (not marked as sent to a higher body).
     *
     * @param header the heading part
     * @param body the content
     * @param closing the closing part
     */
    public Submission(Header header, Body body, Closing closing) {
        this(header, body, closing, false);
    }

    @Override
    public DocumentType type() {
        return DocumentType.TO_TRINH;
    }
}
