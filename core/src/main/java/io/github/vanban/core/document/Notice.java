package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Thông báo — a notice (Điều 7.7, Nghị định 30/2020/NĐ-CP; Mẫu 1.4), ký hiệu "TB-…".
 *
 * @param header the heading part
 * @param body the content
 * @param closing the closing part
 */
public record Notice(@NotNull @Valid Header header, @NotNull @Valid Body body, @NotNull @Valid Closing closing)
        implements AdministrativeDocument {

    @Override
    public DocumentType type() {
        return DocumentType.THONG_BAO;
    }
}
