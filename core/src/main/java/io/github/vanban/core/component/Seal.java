package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Dấu, chữ ký số của cơ quan, tổ chức (ô 8; Phụ lục I, II.8 and Điều 33 of Nghị định 30/2020/NĐ-CP): the red
 * seal stamped over the left third of the signature on paper, or the organisation's digital signature (its seal
 * image, red, actual size) on an electronic document.
 *
 * @param kind whether it is a paper seal or a digital signature
 * @param organization the organisation whose seal or signature it is, as written, or {@code null} when it is the
 *     issuer's
 * @param signingTime when the organisation signed digitally, with its offset (Vietnam time, +07:00, ISO 8601;
 *     Phụ lục I, II.8.b), or {@code null} for a paper seal or when unknown
 */
public record Seal(@NotNull Kind kind, @Nullable String organization, @Nullable OffsetDateTime signingTime) {

    /** How the organisation authenticated the document. */
    public enum Kind {
        /** Dấu: the red ink seal on a paper document (Điều 33). */
        SEAL,
        /** Chữ ký số của cơ quan, tổ chức: the organisation's digital signature (Phụ lục I, II.8.a). */
        DIGITAL_SIGNATURE
    }

    /** Normalises the organisation's name to NFC, blank to {@code null}. */
    public Seal {
        organization = organization == null || organization.isBlank() ? null : VietnameseText.nfc(organization.strip());
    }

    /** @return the issuer's paper seal */
    public static Seal paper() {
        return new Seal(Kind.SEAL, null, null);
    }

    /**
     * @param signingTime when the organisation signed
     * @return the issuer's digital signature
     */
    public static Seal digital(OffsetDateTime signingTime) {
        return new Seal(Kind.DIGITAL_SIGNATURE, null, signingTime);
    }
}
