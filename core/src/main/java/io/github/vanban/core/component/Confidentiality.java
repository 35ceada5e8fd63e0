package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import java.util.Optional;

/** Độ mật (ô 10a; Phụ lục I, III.2.a of Nghị định 30/2020/NĐ-CP): the levels of a state-secret document. */
public enum Confidentiality {
    /** MẬT. */
    MAT("MẬT"),
    /** TỐI MẬT. */
    TOI_MAT("TỐI MẬT"),
    /** TUYỆT MẬT. */
    TUYET_MAT("TUYỆT MẬT");

    private final String stamp;

    Confidentiality(String stamp) {
        this.stamp = stamp;
    }

    /** @return the words of the stamp, e.g. "TỐI MẬT" */
    public String stamp() {
        return stamp;
    }

    /**
     * @param text the stamp's words in any case or tone placement
     * @return the level, or empty
     */
    public static Optional<Confidentiality> fromStamp(String text) {
        for (Confidentiality c : values()) {
            if (VietnameseText.sameWords(c.stamp, text)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
