package io.github.vanban.formats.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Joins Vietnamese syllables that a PDF text layer split with a space ("Nơi nh ận", "CH Ủ", "kiể m"): two tokens
 * are joined only when the first cannot be a syllable on its own or the second cannot start one, and together
 * they form one valid Vietnamese syllable (onset, vowel cluster, coda, at most one tone mark).
 */
final class SyllableJoiner {

    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                    + "(?:(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi"
                    + "|ua|ui|ưa|ưi|ưu)"
                    + "|(?:uyê|iê|yê|uô|ươ|oa|oă|oe|oo|uâ|uê|uy|uơ|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnpt])?)");
    private static final Pattern CODA = Pattern.compile("ch|ng|nh|[cmnpt]");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private SyllableJoiner() {
    }

    /** The result of joining: the new text and how many joins were made. */
    record Joined(String text, int joins) {
    }

    static Joined join(String line) {
        if (line.indexOf(' ') < 0) {
            return new Joined(line, 0);
        }
        String[] parts = line.split(" ", -1);
        List<String> out = new ArrayList<>(parts.length);
        int joins = 0;
        for (String p : parts) {
            if (!out.isEmpty() && !p.isEmpty()) {
                String prev = out.get(out.size() - 1);
                if (shouldJoin(prev, p)) {
                    out.set(out.size() - 1, prev + p);
                    joins++;
                    continue;
                }
            }
            out.add(p);
        }
        return new Joined(joins == 0 ? line : String.join(" ", out), joins);
    }

    private static boolean shouldJoin(String t1, String t2) {
        // cheap rejections first: most pairs of tokens are two whole words
        char first = t2.charAt(0);
        if (!Character.isLetter(first) || t1.isEmpty() || !Character.isLetter(t1.charAt(t1.length() - 1))) {
            return false;
        }
        boolean firstMarked = isVowel(first) && "aeiouy".indexOf(Character.toLowerCase(first)) < 0;
        if (!firstMarked && t2.length() > 2 && hasVowel(Fold.lower(t1))) {
            return false;
        }
        int lead = 0;
        while (lead < t1.length() && !Character.isLetter(t1.charAt(lead))) {
            lead++;
        }
        String a = t1.substring(lead);
        if (a.isEmpty() || !a.chars().allMatch(Character::isLetter)) {
            return false;
        }
        int end = t2.length();
        while (end > 0 && !Character.isLetter(t2.charAt(end - 1))) {
            end--;
        }
        String b = t2.substring(0, end);
        if (b.isEmpty() || !b.chars().allMatch(Character::isLetter)) {
            return false;
        }
        // Both halves in the same case family: "CH Ủ", "nh ận", "Ho ạt"; not "VT ĐT".
        boolean aUpper = a.equals(a.toUpperCase(VI));
        boolean bUpper = b.equals(b.toUpperCase(VI));
        boolean aLowerTail = a.length() == 1 || a.substring(1).equals(a.substring(1).toLowerCase(VI));
        if (bUpper && !aUpper || !bUpper && !aLowerTail) {
            return false;
        }
        String la = a.toLowerCase(VI);
        String lb = b.toLowerCase(VI);
        boolean aHasVowel = hasVowel(la);
        char b0 = lb.charAt(0);
        boolean bStartsVowel = isVowel(b0);
        boolean bMarked = bStartsVowel && !"aeiouy".contains(String.valueOf(b0));
        boolean bCoda = CODA.matcher(lb).matches();
        boolean ok;
        if (!aHasVowel) {
            ok = true;
        } else if (bMarked) {
            ok = true;
        } else {
            ok = bCoda && isMarked(la);
        }
        return ok && isSyllable(la + lb);
    }

    static boolean isSyllable(String lower) {
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        int tones = 0;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                base.append(c);
            }
        }
        if (tones > 1) {
            return false;
        }
        return SYLLABLE.matcher(Normalizer.normalize(base, Normalizer.Form.NFC)).matches();
    }

    private static boolean hasVowel(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if (isVowel(lower.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarked(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isVowel(c) && "aeiouy".indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isVowel(char c) {
        return Character.isLetter(c) && "aeiouy".indexOf(Fold.base(c)) >= 0;
    }
}
