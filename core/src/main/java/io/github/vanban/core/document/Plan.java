package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Kế hoạch — a plan (Điều 7.10, Nghị định 30/2020/NĐ-CP; Mẫu 1.4), ký hiệu "KH-…".
 *
 * @param header the heading part
 * @param body the content
 * @param closing the closing part
 */
public record Plan(@NotNull @Valid Header header, @NotNull @Valid Body body, @NotNull @Valid Closing closing)
        implements AdministrativeDocument {

    @Override
    public DocumentType type() {
        return DocumentType.KE_HOACH;
    }
}
