package io.github.vanban.core.document;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Quyết định (cá biệt) — a decision (Điều 7.2, Nghị định 30/2020/NĐ-CP; Mẫu 1.2 when it rules directly, with a
 * trích yếu "Về việc …", Mẫu 1.3 when it issues or approves another document, "Ban hành …"/"Phê duyệt …"). The
 * enacting authority line (THẨM QUYỀN BAN HÀNH, e.g. "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ") stands above the
 * căn cứ, and the articles follow "QUYẾT ĐỊNH:".
 *
 * @param header the heading part
 * @param enactingAuthority the THẨM QUYỀN BAN HÀNH line, or {@code null} when missing
 * @param body the content: căn cứ and articles
 * @param closing the closing part
 */
public record Decision(@NotNull @Valid Header header, @Nullable String enactingAuthority, @NotNull @Valid Body body,
                       @NotNull @Valid Closing closing) implements AdministrativeDocument {

    /** Normalises the enacting authority to NFC, blank to {@code null}. */
    public Decision {
        enactingAuthority = enactingAuthority == null || enactingAuthority.isBlank() ? null
                : VietnameseText.nfc(enactingAuthority.strip());
    }

    @Override
    public DocumentType type() {
        return DocumentType.QUYET_DINH;
    }
}
