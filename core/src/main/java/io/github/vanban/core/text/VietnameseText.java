package io.github.vanban.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text utilities (xử lý văn bản tiếng Việt): Unicode NFC normalisation (TCVN 6909:2001 text is
 * Unicode; Phụ lục I, I.4 of Nghị định 30/2020/NĐ-CP), tone-mark placement folding ("hòa"/"hoà"),
 * look-alike letters (Latin Ð U+00D0 written for Đ U+0110), and Vietnamese upper case and title case.
 *
 * <p>All methods are pure functions and thread-safe.
 */
public final class VietnameseText {

    /** Vietnamese locale, used for case mapping. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern SYLLABLE_SEPARATOR = Pattern.compile("[^\\p{L}\\p{M}]+");

    // Old ("classic") placement puts the tone on the first vowel of oa, oe, uy: hòa, hòe, thủy.
    private static final Pattern OLD_STYLE = Pattern.compile(
            "(?iu)(?<![qg])(?:[òóỏõọ][ae]|[ùúủũụ]y)(?![\\p{L}])");
    // New placement puts it on the second vowel: hoà, hoè, thuỷ.
    private static final Pattern NEW_STYLE = Pattern.compile(
            "(?iu)(?<![qg])(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\\p{L}])");

    private VietnameseText() {
    }

    /**
     * Returns the text in Unicode Normalization Form C (dựng sẵn), the form Vanban stores.
     *
     * @param text any text
     * @return the NFC form
     */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Tells whether the text is already in NFC.
     *
     * @param text any text
     * @return {@code true} when {@link #nfc(String)} would not change it
     */
    public static boolean isNfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * Returns a key for comparing Vietnamese words that ignores case, NFC/NFD differences and the placement of
     * the tone mark within a syllable ("Hòa Bình", "HOÀ BÌNH" and "hoà bình" have the same key). The tone mark
     * is kept, so "Hòa" and "Hoa" differ. Runs of spaces are collapsed and the ends trimmed; Latin Ð is read as Đ.
     *
     * @param text any text
     * @return the comparison key
     */
    public static String comparisonKey(String text) {
        String decomposed = Normalizer.normalize(replaceLookAlikes(text).toLowerCase(VIETNAMESE), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        StringBuilder syllable = new StringBuilder();
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONE_MARKS.indexOf(c) >= 0) {
                tone = c;
            } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                syllable.append(c);
            } else {
                tone = flushSyllable(out, syllable, tone);
                if (Character.isWhitespace(c)) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }
        flushSyllable(out, syllable, tone);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return Normalizer.normalize(out.substring(0, end), Normalizer.Form.NFC);
    }

    private static char flushSyllable(StringBuilder out, StringBuilder syllable, char tone) {
        if (syllable.length() > 0) {
            out.append(syllable);
            if (tone != 0) {
                // A canonical position: the tone goes after the syllable; NFC then cannot compose it, which is
                // fine for a key that is only compared.
                out.append(tone);
            }
            syllable.setLength(0);
        } else if (tone != 0) {
            out.append(tone);
        }
        return 0;
    }

    /**
     * Tells whether two texts are the same Vietnamese words, ignoring case, normalisation form and tone-mark
     * placement.
     *
     * @param a one text
     * @param b another text
     * @return {@code true} when their {@link #comparisonKey(String) comparison keys} are equal
     */
    public static boolean sameWords(String a, String b) {
        return comparisonKey(a).equals(comparisonKey(b));
    }

    /**
     * Removes all diacritics, giving plain ASCII letters ("Hưng Yên" gives "Hung Yen", "Đ" gives "D").
     *
     * @param text any text
     * @return the text without Vietnamese diacritics
     */
    public static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(replaceLookAlikes(text), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString();
    }

    /**
     * Tells whether the text contains the Latin letter Ð (U+00D0, Icelandic eth) or ð (U+00F0), which look like
     * the Vietnamese Đ (U+0110) and đ (U+0111) but are different letters.
     *
     * @param text any text
     * @return {@code true} when a look-alike is present
     */
    public static boolean containsLookAlikes(String text) {
        return text.indexOf('\u00D0') >= 0 || text.indexOf('\u00F0') >= 0;
    }

    /**
     * Replaces the look-alike letters Ð (U+00D0) and ð (U+00F0) by Vietnamese Đ (U+0110) and đ (U+0111).
     *
     * @param text any text
     * @return the text with Vietnamese letters
     */
    public static String replaceLookAlikes(String text) {
        if (!containsLookAlikes(text)) {
            return text;
        }
        return text.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
    }

    /**
     * Tells whether the text uses both tone-mark placements, the old one ("hòa", "thủy") and the new one
     * ("hoà", "thuỷ"). A document should use one consistently.
     *
     * @param text any text
     * @return {@code true} when both placements occur
     */
    public static boolean hasMixedTonePlacement(String text) {
        String n = nfc(text);
        return OLD_STYLE.matcher(n).find() && NEW_STYLE.matcher(n).find();
    }

    /**
     * Upper-cases Vietnamese text (in hoa), as the decree requires for the issuer name, the type name and the
     * signer's title: "Sở Khoa học và Công nghệ" gives "SỞ KHOA HỌC VÀ CÔNG NGHỆ".
     *
     * @param text any text
     * @return the upper-case NFC text
     */
    public static String upperCase(String text) {
        return nfc(text).toUpperCase(VIETNAMESE);
    }

    /**
     * Lower-cases Vietnamese text.
     *
     * @param text any text
     * @return the lower-case NFC text
     */
    public static String lowerCase(String text) {
        return nfc(text).toLowerCase(VIETNAMESE);
    }

    /**
     * Title-cases Vietnamese text: every syllable starts with a capital and continues in lower case, as personal
     * names are written (Phụ lục II, II.1): "TRẦN văn an" gives "Trần Văn An". Hyphenated foreign syllables are
     * capitalised at each part's start only ("vla-đi-mia" gives "Vla-đi-mia").
     *
     * @param text any text
     * @return the title-case NFC text
     */
    public static String titleCase(String text) {
        String lower = lowerCase(text);
        StringBuilder out = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (start && Character.isLetter(cp)) {
                out.append(String.valueOf(Character.toChars(cp)).toUpperCase(VIETNAMESE));
                start = false;
            } else {
                out.appendCodePoint(cp);
                if (Character.isWhitespace(cp)) {
                    start = true;
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Tells whether every syllable of the text starts with a capital letter and has no other capitals, as a
     * Vietnamese personal name is written ("Trần Tùng Chuẩn").
     *
     * @param text a name
     * @return {@code true} when the text is in title case
     */
    public static boolean isTitleCase(String text) {
        String n = nfc(text).strip();
        if (n.isEmpty()) {
            return false;
        }
        for (String word : n.split("\\s+")) {
            if (!word.equals(titleCaseWord(word))) {
                return false;
            }
        }
        return true;
    }

    private static String titleCaseWord(String word) {
        String[] parts = SYLLABLE_SEPARATOR.split(word, -1);
        if (parts.length <= 1 || word.indexOf('-') < 0) {
            return titleCase(word);
        }
        // Transliterated foreign names: "Vla-đi-mia" — capital at the start only.
        String lower = lowerCase(word);
        int cp = lower.codePointAt(0);
        return String.valueOf(Character.toChars(cp)).toUpperCase(VIETNAMESE) + lower.substring(Character.charCount(cp));
    }

    /**
     * Tells whether the text contains no lower-case letter (in hoa).
     *
     * @param text any text
     * @return {@code true} when every letter is upper case
     */
    public static boolean isUpperCase(String text) {
        return text.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * Collapses every run of white space (including no-break spaces) to one space and trims the ends.
     *
     * @param text any text
     * @return the text with normalised spacing
     */
    public static String collapseSpaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
