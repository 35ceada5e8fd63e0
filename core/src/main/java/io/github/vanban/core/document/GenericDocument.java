package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;

/**
 * A văn bản hành chính of a type that has no record of its own (nghị quyết, chỉ thị, quy chế, quy định,
 * thông cáo, hướng dẫn, chương trình, phương án, đề án, dự án, hợp đồng, công điện, bản ghi nhớ, bản thỏa
 * thuận, giấy ủy quyền, giấy giới thiệu, giấy nghỉ phép, phiếu gửi, phiếu chuyển, phiếu báo, thư công; Điều 7,
 * Nghị định 30/2020/NĐ-CP).
 *
 * @param type the document type; not one that has its own record
 * @param header the heading part
 * @param body the content
 * @param closing the closing part
 */
public record GenericDocument(@NotNull DocumentType type, @NotNull @Valid Header header, @NotNull @Valid Body body,
                              @NotNull @Valid Closing closing) implements AdministrativeDocument {

    /** The types that have their own record and so are never a generic document. */
    public static final Set<DocumentType> DEDICATED_TYPES = Set.copyOf(EnumSet.of(DocumentType.CONG_VAN,
            DocumentType.QUYET_DINH, DocumentType.TO_TRINH, DocumentType.KE_HOACH, DocumentType.BAO_CAO,
            DocumentType.THONG_BAO, DocumentType.GIAY_MOI, DocumentType.BIEN_BAN));

    /** @throws IllegalArgumentException when the type has its own record */
    public GenericDocument {
        if (DEDICATED_TYPES.contains(type)) {
            throw new IllegalArgumentException(type + " has its own record; use AdministrativeDocument.of(...)");
        }
    }
}
