package io.github.vanban.core.text;

import java.util.Optional;

/**
 * Detects text that was typed in a legacy Vietnamese encoding (TCVN3/ABC or VNI) and then read as if it were
 * Latin-1 or Windows-1252 (phát hiện bảng mã cũ). Such text is not Unicode as Phụ lục I, I.4 of Nghị định
 * 30/2020/NĐ-CP requires.
 *
 * <p>The detector is a heuristic: it counts characters that Vietnamese Unicode text never uses but that the
 * legacy encodings produce constantly, and needs several of them before it answers. Stray marks that OCR leaves
 * in a Unicode document ("©", "¬", "»") are not enough: a TCVN3 mark counts only inside a word (legacy marks stand
 * for letters), and the marks must outnumber the letters only Unicode Vietnamese has (ă, đ, ơ, ư, ĩ, ũ and the
 * precomposed letters U+1EA0–U+1EF9). The answer is for the text as a whole; a short legacy passage inside a long
 * Unicode text is not reported.
 */
public final class LegacyEncodingDetector {

    // Latin-1 characters that TCVN3 uses for Vietnamese letters and that Unicode Vietnamese never contains.
    private static final String TCVN3_MARKERS = "§¸µ¶·¹¨»¾¼½Æ©ÇË®ÎÏÑªÖ×ØÜÞ«ßäåæç¬ëîïñö¦ø÷ûüþ";
    // VNI writes the base letter followed by a Latin-1 character carrying the mark.
    private static final String VNI_MARKS = "øùûïäåëöüæîñ";
    private static final String VOWELS = "aeiouyAEIOUYâêôÂÊÔ";
    private static final int THRESHOLD = 3;
    // Letters outside Latin-1 that Unicode Vietnamese uses and the legacy encodings, read as Latin-1, never give.
    private static final String UNICODE_ONLY = "ăĂđĐĩĨũŨơƠưƯ";

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
            } else if (TCVN3_MARKERS.indexOf(c) >= 0 && touchesLetter(text, i)) {
                tcvn3++;
            }
        }
        int marks = Math.max(tcvn3, vni);
        if (marks < THRESHOLD || marks <= unicodeVietnameseLetters(text)) {
            return Optional.empty();
        }
        return Optional.of(vni > tcvn3 ? LegacyEncoding.VNI : LegacyEncoding.TCVN3);
    }

    // In legacy text the marks stand for letters, so they sit inside words; OCR junk stands alone.
    private static boolean touchesLetter(String text, int i) {
        return i > 0 && Character.isLetter(text.charAt(i - 1))
                || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static int unicodeVietnameseLetters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u1EA0' && c <= '\u1EF9' || UNICODE_ONLY.indexOf(c) >= 0) {
                n++;
            }
        }
        return n;
    }
}
