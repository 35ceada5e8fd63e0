package io.github.vanban.core.text;

import java.util.Optional;

/**
 * Detects text that was typed in a legacy Vietnamese encoding (TCVN3/ABC or VNI) and then read as if it were
 * Latin-1 or Windows-1252 (phát hiện bảng mã cũ). Such text is not Unicode as Phụ lục I, I.4 of Nghị định
 * 30/2020/NĐ-CP requires.
 *
 * <p>The detector is a heuristic: it counts characters that Vietnamese Unicode text never uses but that the
 * legacy encodings produce constantly, and needs several of them before it answers.
 */
public final class LegacyEncodingDetector {

    // Latin-1 characters that TCVN3 uses for Vietnamese letters and that Unicode Vietnamese never contains.
    private static final String TCVN3_MARKERS = "¸µ¶·¹¨»¾¼½Æ©ÇË®ÎÏÑªÖ×ØÜÞ«ßäåæç¬ëîïñö¦ø÷ûüþ";
    // VNI writes the base letter followed by a Latin-1 character carrying the mark.
    private static final String VNI_MARKS = "øùûïäåëöüæîñ";
    private static final String VOWELS = "aeiouyAEIOUYâêôÂÊÔ";
    private static final int THRESHOLD = 3;

    private LegacyEncodingDetector() {
    }

    /**
     * Detects a legacy encoding.
     *
     * @param text text as read
     * @return the encoding the text was most likely typed in, or empty when it looks like Unicode Vietnamese
     */
    public static Optional<LegacyEncoding> detect(String text) {
        int tcvn3 = 0;
        int vni = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x00A0 || c > 0x00FF) {
                continue;
            }
            if (i > 0 && VNI_MARKS.indexOf(c) >= 0 && VOWELS.indexOf(text.charAt(i - 1)) >= 0) {
                vni++;
            } else if (TCVN3_MARKERS.indexOf(c) >= 0) {
                tcvn3++;
            }
        }
        if (tcvn3 < THRESHOLD && vni < THRESHOLD) {
            return Optional.empty();
        }
        return Optional.of(vni > tcvn3 ? LegacyEncoding.VNI : LegacyEncoding.TCVN3);
    }
}
