package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import java.util.Optional;

/**
 * Mức độ khẩn (ô 10b; Phụ lục I, III.2.b of Nghị định 30/2020/NĐ-CP), with the stamp width the decree fixes.
 */
public enum Urgency {
    /** KHẨN, stamp 20 × 8 mm. */
    KHAN("KHẨN", 20),
    /** THƯỢNG KHẨN, stamp 40 × 8 mm. */
    THUONG_KHAN("THƯỢNG KHẨN", 40),
    /** HỎA TỐC, stamp 30 × 8 mm. */
    HOA_TOC("HỎA TỐC", 30);

    private final String stamp;
    private final int stampWidthMillimetres;

    Urgency(String stamp, int stampWidthMillimetres) {
        this.stamp = stamp;
        this.stampWidthMillimetres = stampWidthMillimetres;
    }

    /** @return the words of the stamp, e.g. "HỎA TỐC" */
    public String stamp() {
        return stamp;
    }

    /** @return the stamp width in millimetres (the height is 8 mm) */
    public int stampWidthMillimetres() {
        return stampWidthMillimetres;
    }

    /**
     * @param text the stamp's words in any case or tone placement ("HOẢ TỐC" too)
     * @return the level, or empty
     */
    public static Optional<Urgency> fromStamp(String text) {
        for (Urgency u : values()) {
            if (VietnameseText.sameWords(u.stamp, text)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
