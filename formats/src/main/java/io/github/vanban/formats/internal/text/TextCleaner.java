package io.github.vanban.formats.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans the physical lines of a real document into logical {@link Line}s, reporting every repair: decomposed
 * diacritics and stray combining marks, Latin Ð read as Đ, OCR junk characters, markdown residue (emphasis,
 * table-cell lines, rules), emphasis spans wrapped over lines, and syllables split by spaces.
 */
final class TextCleaner {

    /** Symbols that OCR produces from stamps and specks, never used in Vietnamese documents. */
    private static final String JUNK = "¿¡£„⁄‹›»«¯½¼¾✓¤¦§¨©®¶¸¹²³º°±×÷þÞ¬µ¥¢";
    private static final String VIETNAMESE_LATIN1 =
            "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư";

    private static final java.util.regex.Pattern CELL_EDGES = java.util.regex.Pattern.compile("^\\s*\\|\\s*|\\s*\\|\\s*$");
    private static final java.util.regex.Pattern BR = java.util.regex.Pattern.compile("<br\\s*/?>",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");

    private TextCleaner() {
    }

    static List<Line> clean(String text, Findings findings) {
        String[] physical = text.split("\r\n|\r|\n", -1);
        List<Line> cleaned = new ArrayList<>(physical.length);
        int i = 0;
        while (i < physical.length) {
            int number = i + 1;
            String raw = physical[i];
            int joined = 0;
            // An emphasis span left open at the end of a line continues on the next: "*Hà Nội, ngày 20" / "tháng …*";
            // joined only when the span closes within four lines (a lone "*" of OCR junk joins nothing).
            if (emphasisOpen(raw)) {
                String candidate = raw;
                for (int k = 1; k <= 4 && i + k < physical.length && !physical[i + k].strip().isEmpty(); k++) {
                    candidate = candidate.stripTrailing() + " " + physical[i + k].strip();
                    if (!emphasisOpen(candidate)) {
                        raw = candidate;
                        joined = k;
                        i += k;
                        break;
                    }
                }
            }
            if (joined > 0) {
                findings.repair("text.joined-wrapped-emphasis", number,
                        "joined " + (joined + 1) + " lines wrapped inside one markdown emphasis");
            }
            List<String> parts = breaks(raw);
            if (parts.size() > 1) {
                findings.repair("text.markdown-residue", number, "read the " + (parts.size() - 1)
                        + " HTML line break(s) <br> of a table row as lines, cell by cell");
            }
            for (String part : parts) {
                cleaned.add(cleanLine(number, part, findings));
            }
            i++;
        }
        return cleaned;
    }

    /**
     * A markdown table row whose cells hold HTML line breaks ("| Nơi nhận:<br>- Như trên; | GIÁM ĐỐC<br><br>Lê A |",
     * as web pages put the closing in a table) gives one line per piece, the cells from left to right; any other
     * line is itself.
     */
    private static List<String> breaks(String raw) {
        if (!BR.matcher(raw).find()) {
            return List.of(raw);
        }
        String row = raw.strip();
        List<String> parts = new ArrayList<>();
        String[] cells = row.startsWith("|") ? CELL_EDGES.matcher(row).replaceAll("").split("\\s\\|\\s|\\|", -1)
                : new String[] {row};
        for (String cell : cells) {
            for (String piece : BR.split(cell, -1)) {
                if (!piece.isBlank()) {
                    parts.add(piece.strip());
                }
            }
        }
        return parts.isEmpty() ? List.of("") : parts;
    }

    private static boolean emphasisOpen(String s) {
        int doubles = 0;
        int singles = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == '*') {
                if (k + 1 < s.length() && s.charAt(k + 1) == '*') {
                    doubles++;
                    k++;
                } else {
                    singles++;
                }
            }
        }
        String t = s.strip();
        if (t.chars().allMatch(c -> c == '*' || c == ' ')) {
            return false;
        }
        return doubles % 2 == 1 || singles % 2 == 1;
    }

    static Line cleanLine(int number, String raw, Findings findings) {
        StringBuilder s = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                s.append(' ');
            } else if (c == '\uFEFF' || c == '\u200B' || (Character.isISOControl(c))) {
                continue;
            } else {
                s.append(c);
            }
        }
        String t = s.toString();
        if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            t = Normalizer.normalize(t, Normalizer.Form.NFC);
            findings.repair("text.decomposed-diacritics", number, "composed decomposed diacritics (NFC)");
        }
        if (t.indexOf('\u00D0') >= 0 || t.indexOf('\u00F0') >= 0) {
            t = t.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
            findings.repair("text.latin-eth", number, "read Latin Ð as Đ");
        }
        String physical = t;
        StringBuilder kept = new StringBuilder(t.length());
        int marks = 0;
        int junk = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                marks++;
            } else if (JUNK.indexOf(c) >= 0 || c == '\uFFFD' || isForeignLetter(c) && !insideForeignWord(t, k)) {
                junk++;
            } else {
                kept.append(c);
            }
        }
        if (marks > 0) {
            findings.repair("text.stray-combining-mark", number, "removed " + marks + " stray combining mark(s)");
        }
        if (junk > 0) {
            findings.repair("text.ocr-junk", number, "removed " + junk + " OCR junk character(s)");
        }
        t = kept.toString();
        String stripped = t.strip();
        boolean bold = stripped.length() > 4 && stripped.startsWith("**") && stripped.endsWith("**")
                && stripped.substring(2, stripped.length() - 2).strip().length() > 0;
        if (isTableOrRule(stripped)) {
            if (!stripped.isEmpty()) {
                findings.repair("text.markdown-residue", number, "removed markdown table cell or rule line");
            }
            return new Line(number, "", false, physical);
        }
        if (t.indexOf('*') >= 0) {
            t = t.replace("*", "");
            findings.repair("text.markdown-emphasis", number, "removed markdown emphasis");
        }
        if (t.startsWith("|") || t.endsWith("|")) {
            t = CELL_EDGES.matcher(t).replaceAll("");
        }
        t = SPACES.matcher(t).replaceAll(" ").strip();
        SyllableJoiner.Joined j = SyllableJoiner.join(t);
        if (j.joins() > 0) {
            findings.repair("text.split-syllables", number, "joined " + j.joins() + " split syllable(s)");
            t = j.text();
        }
        return new Line(number, t, bold, physical);
    }

    private static boolean isTableOrRule(String s) {
        if (s.isEmpty()) {
            return true;
        }
        boolean onlyRule = s.chars().allMatch(c -> c == '|' || c == '-' || c == '_' || c == '*' || c == '='
                || c == '—' || c == '–' || c == '~' || c == ' ');
        return onlyRule;
    }

    /**
     * A letter Vietnamese does not use is OCR junk, unless it stands inside a word of plain Latin letters, as in a
     * foreign name ("Müller", "Muñoz", "François"): then it is kept.
     */
    private static boolean insideForeignWord(String t, int k) {
        return k > 0 && k + 1 < t.length() && isAsciiLetter(t.charAt(k - 1)) && isAsciiLetter(t.charAt(k + 1));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isForeignLetter(char c) {
        return c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c) && VIETNAMESE_LATIN1.indexOf(c) < 0;
    }
}
