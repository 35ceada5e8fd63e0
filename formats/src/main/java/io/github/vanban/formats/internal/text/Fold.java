package io.github.vanban.formats.internal.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Letter-only folding for finding fixed phrases in damaged text: lower case, no diacritics, đ as d, every
 * non-letter dropped, with a map back to the positions in the original text.
 */
final class Fold {
    private final String folded;
    private final int[] origin;

    private Fold(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    static Fold of(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            char f = base(c);
            map[b.length()] = i;
            b.append(f);
        }
        int[] origin = new int[b.length()];
        System.arraycopy(map, 0, origin, 0, b.length());
        return new Fold(b.toString(), origin);
    }

    private static final char[] BASE = new char[0x2000];

    static {
        for (char c = 0; c < BASE.length; c++) {
            if (c == 'đ' || c == 'Đ' || c == 'Ð' || c == 'ð') {
                BASE[c] = 'd';
            } else if (Character.isLetter(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                BASE[c] = Character.toLowerCase(d.charAt(0));
            } else {
                BASE[c] = Character.toLowerCase(c);
            }
        }
    }

    static char base(char c) {
        return c < BASE.length ? BASE[c] : Character.toLowerCase(c);
    }

    /** @return the folded form of a text: "Cộng hòa" gives "conghoa" */
    static String key(String text) {
        return of(text).folded;
    }

    String folded() {
        return folded;
    }

    /**
     * Finds a folded phrase.
     *
     * @param needle a folded phrase, e.g. "conghoaxahoichunghiavietnam"
     * @return {start, end} in the original text, or {@code null}
     */
    int[] find(String needle) {
        int at = folded.indexOf(needle);
        if (at < 0) {
            return null;
        }
        return new int[] {origin[at], origin[at + needle.length() - 1] + 1};
    }

    /** @return whether the folded text starts with the phrase */
    boolean startsWith(String needle) {
        return folded.startsWith(needle);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.forLanguageTag("vi-VN"));
    }
}
