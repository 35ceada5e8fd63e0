package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.Meeting;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Giấy mời — an invitation to a meeting (Điều 7.23, Nghị định 30/2020/NĐ-CP; Mẫu 1.7), ký hiệu "GM-…", with
 * the meeting's chair, time and place.
 *
 * @param header the heading part
 * @param meeting the meeting, or {@code null} when not stated
 * @param body the content
 * @param closing the closing part
 */
public record Invitation(@NotNull @Valid Header header, @Nullable @Valid Meeting meeting, @NotNull @Valid Body body,
                         @NotNull @Valid Closing closing) implements AdministrativeDocument {

    @Override
    public DocumentType type() {
        return DocumentType.GIAY_MOI;
    }
}
