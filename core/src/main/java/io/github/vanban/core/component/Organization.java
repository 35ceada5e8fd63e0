package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * Tên cơ quan, tổ chức ban hành văn bản (ô 2; Phụ lục I, II.2 of Nghị định 30/2020/NĐ-CP), with the name of
 * the cơ quan, tổ chức chủ quản trực tiếp printed above it when there is one.
 *
 * @param name the issuer's full official name, e.g. "Sở Khoa học và Công nghệ"
 * @param parentName the chủ quản's name, e.g. "UBND tỉnh Hưng Yên", or {@code null}
 * @param abbreviation the issuer's abbreviation used in ký hiệu, e.g. "SKHCN", or {@code null}
 * @param organId the mã định danh, or {@code null}
 */
public record Organization(@NotBlank String name, @Nullable String parentName, @Nullable String abbreviation,
                           @Nullable OrganId organId) {

    /** Normalises texts to NFC and blank optional texts to {@code null}. */
    public Organization {
        name = VietnameseText.nfc(name.strip());
        parentName = parentName == null || parentName.isBlank() ? null : VietnameseText.nfc(parentName.strip());
        abbreviation = abbreviation == null || abbreviation.isBlank() ? null : VietnameseText.nfc(abbreviation.strip());
    }

    /**
     * @param name the issuer's name
     * @return an organisation with only a name
     */
    public static Organization named(String name) {
        return new Organization(name, null, null, null);
    }
}
