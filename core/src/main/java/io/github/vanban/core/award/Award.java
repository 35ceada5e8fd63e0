package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Danh hiệu hoặc hình thức khen thưởng được đề nghị, được tặng — a reference, by code, to an entry of an
 * {@link AwardCatalog}, as a proposal list or an award decision names it: a title ("Lao động tiên tiến") or a
 * form with its class ("Huân chương Lao động hạng Ba"). Documents hold codes, not catalogue entries, so a
 * province's own titles work with the catalogue that defines them.
 *
 * @param category whether the code names a title or a form
 * @param code the catalogue code, e.g. "CSTD_CS"
 * @param awardClass the class (hạng) of an order or medal, or {@code null}
 */
public record Award(@NotNull Category category, @NotBlank String code, @Nullable AwardClass awardClass) {

    /** Whether an {@link Award} names an emulation title or a form of commendation. */
    public enum Category {
        /** Danh hiệu thi đua. */
        TITLE,
        /** Hình thức khen thưởng. */
        FORM
    }

    /**
     * Normalises the code to NFC.
     *
     * @throws IllegalArgumentException when a title is given a class
     */
    public Award {
        code = VietnameseText.nfc(code.strip());
        if (category == Category.TITLE && awardClass != null) {
            throw new IllegalArgumentException("an emulation title has no class: " + code);
        }
    }

    /**
     * @param code a title code, e.g. "LDTT"
     * @return a reference to that emulation title
     */
    public static Award title(String code) {
        return new Award(Category.TITLE, code, null);
    }

    /**
     * @param code a form code, e.g. "BK_BO_TINH"
     * @return a reference to that form of commendation
     */
    public static Award form(String code) {
        return new Award(Category.FORM, code, null);
    }

    /**
     * @param code an order or medal code, e.g. "HC_LAO_DONG"
     * @param awardClass its class
     * @return a reference to that order or medal of that class
     */
    public static Award form(String code, AwardClass awardClass) {
        return new Award(Category.FORM, code, awardClass);
    }

    /** @return {@code true} when this names an emulation title */
    public boolean isTitle() {
        return category == Category.TITLE;
    }
}
