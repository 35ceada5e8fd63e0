package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Báo cáo — a report (Điều 7.14, Nghị định 30/2020/NĐ-CP; Mẫu 1.4), ký hiệu "BC-…". Sent upward it has
 * "Kính gửi" and a Nơi nhận starting "Như trên" (Phụ lục I, II.9.b).
 *
 * @param header the heading part
 * @param body the content
 * @param closing the closing part
 * @param toHigherAuthority {@code true} when it is sent by a lower body to a higher one (gửi cấp trên), which
 *     makes "Kính gửi" and a Nơi nhận starting "Như trên" required (Phụ lục I, II.9.b)
 */
public record Report(@NotNull @Valid Header header, @NotNull @Valid Body body, @NotNull @Valid Closing closing,
                 boolean toHigherAuthority) implements AdministrativeDocument {

    /**
     * Creates a báo cáo whose direction is not stated (not marked as sent to a higher body).
     *
     * @param header the heading part
     * @param body the content
     * @param closing the closing part
     */
    public Report(Header header, Body body, Closing closing) {
        this(header, body, closing, false);
    }

    @Override
    public DocumentType type() {
        return DocumentType.BAO_CAO;
    }
}
