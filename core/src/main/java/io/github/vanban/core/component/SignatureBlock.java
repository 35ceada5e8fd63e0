package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Quyền hạn, chức vụ, họ tên và chữ ký của người có thẩm quyền (ô 7a–7c; Phụ lục I, II.7 of Nghị định
 * 30/2020/NĐ-CP): the authority chain, the titles, the signer's name and how it was signed.
 *
 * <p>Example: lines {@code [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]}, full name {@code Nguyễn Văn An}.
 *
 * @param lines the authority and title lines, top to bottom (at least one in a complete document)
 * @param fullName the signer's name as written, or {@code null} when not yet known
 * @param kind how it was signed
 */
public record SignatureBlock(@NotNull List<@Valid AuthorityLine> lines, @Nullable String fullName,
                             @NotNull SignatureKind kind) {

    /** Copies the lines and normalises the name to NFC. */
    public SignatureBlock {
        lines = List.copyOf(lines);
        fullName = fullName == null || fullName.isBlank() ? null : VietnameseText.nfc(fullName.strip());
    }

    /**
     * @param fullName the signer's name
     * @param lines the authority and title lines, top to bottom
     * @return a handwritten signature block
     */
    public static SignatureBlock of(String fullName, AuthorityLine... lines) {
        return new SignatureBlock(List.of(lines), fullName, SignatureKind.HANDWRITTEN);
    }

    /** @return the authority of the first line that has one, the "competence" of edXML SignerInfo */
    public Optional<SigningAuthority> competence() {
        return lines.stream().map(AuthorityLine::authority).filter(a -> a != null).findFirst();
    }

    /** @return the title of the last line, the signer's own post (the "position" of edXML SignerInfo) */
    public Optional<String> position() {
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1).title());
    }
}
