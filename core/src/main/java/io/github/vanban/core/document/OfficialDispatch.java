package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Công văn — an official dispatch (Điều 7.18, Nghị định 30/2020/NĐ-CP; template Mẫu 1.5 of Phụ lục III):
 * no type name, the trích yếu starts "V/v" under the số, the ký hiệu is issuer then drafting unit, and it
 * always has "Kính gửi" and a Nơi nhận starting "Như trên".
 *
 * @param header the heading part
 * @param body the content
 * @param closing the closing part
 */
public record OfficialDispatch(@NotNull @Valid Header header, @NotNull @Valid Body body, @NotNull @Valid Closing closing)
        implements AdministrativeDocument {

    @Override
    public DocumentType type() {
        return DocumentType.CONG_VAN;
    }
}
