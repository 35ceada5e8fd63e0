package io.github.vanban.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of Vietnamese text for the property tests: syllables built from every vowel with every
 * tone mark (all 134 accented lower-case letters plus đ), in lower, title and upper case, and junk for the
 * bad-input properties.
 */
public final class VietnameseGen {

    /** Vietnamese locale for case mapping. */
    public static final Locale VI = Locale.forLanguageTag("vi-VN");

    private static final List<String> BASE_VOWELS = List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y");
    private static final List<String> TONES = List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323");
    private static final List<String> ONSETS = List.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh",
            "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");
    private static final List<String> CODAS = List.of("", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o",
            "u", "y");

    /** Every Vietnamese vowel letter with every tone, lower case, NFC: 72 letters. */
    public static final List<String> ALL_VOWELS;

    static {
        List<String> all = new ArrayList<>();
        for (String v : BASE_VOWELS) {
            for (String t : TONES) {
                all.add(Normalizer.normalize(v + t, Normalizer.Form.NFC));
            }
        }
        ALL_VOWELS = List.copyOf(all);
    }

    private VietnameseGen() {
    }

    /** @return a lower-case syllable such as "nghiệp", "đoàn", "quý", using every vowel and tone */
    public static Gen<String> syllable() {
        return Generate.pick(ONSETS).zip(Generate.pick(ALL_VOWELS), Generate.pick(CODAS),
                (o, v, c) -> Normalizer.normalize(o + v + c, Normalizer.Form.NFC));
    }

    /** @return a syllable in lower, title or upper case */
    public static Gen<String> anyCaseSyllable() {
        return syllable().zip(integers().between(0, 2), (s, k) -> k == 0 ? s : k == 1 ? title(s) : s.toUpperCase(VI));
    }

    /** @return a title-case syllable: "Hưng" */
    public static Gen<String> titleSyllable() {
        return syllable().map(VietnameseGen::title);
    }

    /** @return an upper-case syllable: "GIÁM" */
    public static Gen<String> upperSyllable() {
        return syllable().map(s -> s.toUpperCase(VI));
    }

    /**
     * @param word the word generator
     * @param min the least number of words
     * @param max the most number of words
     * @return the words joined by single spaces
     */
    public static Gen<String> phrase(Gen<String> word, int min, int max) {
        return lists().of(word).ofSizeBetween(min, max).map(l -> String.join(" ", l));
    }

    /** @return a place or organisation name: one to four title-case syllables, "Hưng Yên" */
    public static Gen<String> properName() {
        return phrase(titleSyllable(), 1, 4);
    }

    /** @return ordinary text of one to eight syllables in mixed case */
    public static Gen<String> text() {
        return phrase(anyCaseSyllable(), 1, 8);
    }

    /** @return an abbreviation group of capitals (Đ and Vietnamese capitals included) and digits: "SKHCN", "QĐ" */
    public static Gen<String> abbreviationGroup() {
        Gen<String> letter = Generate.pick(List.of("A", "B", "C", "D", "Đ", "G", "H", "K", "L", "M", "N", "P", "Q",
                "S", "T", "V", "X", "Y", "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "y", "r"));
        Gen<String> letters = lists().of(letter).ofSizeBetween(1, 6).map(l -> String.join("", l));
        return letters.zip(strings().numericBetween(0, 99).toOptionals(70),
                (l, d) -> l + d.orElse(""));
    }

    /** @return a notation of one to four groups joined by "-": "QĐ-UBND", "BNV-VP" */
    public static Gen<String> notation() {
        return lists().of(abbreviationGroup()).ofSizeBetween(1, 4).map(l -> String.join("-", l));
    }

    /**
     * Junk: any code points, unicode noise (combining marks, surrogate halves, right-to-left marks, no-break and
     * zero-width spaces), empty and white-space strings, and broken pieces of the forms the parsers read.
     *
     * @return a junk string
     */
    public static Gen<String> junk() {
        Gen<String> any = strings().allPossible().ofLengthBetween(0, 40);
        Gen<String> bmp = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 30);
        Gen<String> noise = lists().of(Generate.pick(List.of("\u0300", "\u0323", "\uD800", "\uDC00", "\u200F", "\u00A0",
                "\u200B", "\uFEFF", "\u0000", "\t", "\n", " ", "Ð", "ð", "٣", "５", "/", "-", "(", ")", ".", ";", ":",
                ",", "^{", "}"))).ofSizeBetween(0, 12).map(l -> String.join("", l));
        Gen<String> blank = Generate.pick(List.of("", " ", "   ", "\t\n", "\u00A0", "\u2007\u202F"));
        Gen<String> fragments = lists().of(Generate.pick(List.of("Số", "Số:", "số", "05", "0", "99999999999999",
                "/", "//", "-", "--", "QĐ", "UBND", "Hưng Yên", ",", "ngày", "tháng", "năm", "2023", "0000", "13",
                "32", "29", "02", "Lưu", "Lưu:", "VT", "(", ")", "(2)", "(99999999999)", ".", ";", "KT.", "TM", "Q.",
                "TUQ", "GIÁM ĐỐC", "Như trên", "để b/c", "Công văn", "Quyết định", "của", "15/02/2023", "31/02/2023",
                "Luật", "Bộ luật", "Pháp lệnh", "về", "quy định", "Thi đua, khen thưởng", "tháng 6 năm 2015",
                "000.00.00.H41", "H41", ".H", "Z99", "PL", ".(300)", "^{XT}", "-", "Ð", " ", "  ", "\u0301", "٥")))
                .ofSizeBetween(0, 10).map(l -> String.join(" ", l));
        return Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(3, any), org.quicktheories.api.Pair.of(2, bmp),
                org.quicktheories.api.Pair.of(2, noise), org.quicktheories.api.Pair.of(1, blank),
                org.quicktheories.api.Pair.of(4, fragments)));
    }

    private static String title(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }
}
