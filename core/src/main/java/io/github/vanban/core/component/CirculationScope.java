package io.github.vanban.core.component;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.constraints.NotBlank;

/**
 * Chỉ dẫn về phạm vi lưu hành (ô 11; Phụ lục I, III.2.c of Nghị định 30/2020/NĐ-CP), such as
 * "XEM XONG TRẢ LẠI" or "LƯU HÀNH NỘI BỘ". The list is open, so this is a value, not an enumeration.
 *
 * @param notice the words of the notice, as printed
 */
public record CirculationScope(@NotBlank String notice) {

    /** "XEM XONG TRẢ LẠI" — return after reading. */
    public static final CirculationScope RETURN_AFTER_READING = new CirculationScope("XEM XONG TRẢ LẠI");
    /** "LƯU HÀNH NỘI BỘ" — internal circulation only. */
    public static final CirculationScope INTERNAL_ONLY = new CirculationScope("LƯU HÀNH NỘI BỘ");

    /** Normalises the notice to NFC. */
    public CirculationScope {
        notice = VietnameseText.nfc(notice.strip());
    }
}
