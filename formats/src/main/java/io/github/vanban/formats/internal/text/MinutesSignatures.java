package io.github.vanban.formats.internal.text;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chữ ký của biên bản — the two signatures of a biên bản (Mẫu 1.9, Phụ lục III of Nghị định 30/2020/NĐ-CP): the
 * secretary's (THƯ KÝ, left column) and the chair's (CHỦ TỌA, right column). Extracted text shows them as two
 * blocks one after the other ("THƯ KÝ", name, "CHỦ TỌA", name: the writer's form, in either order), or with the
 * columns merged: the titles on one line ("THƯ KÝ CHỦ TỌA", "THƯ KÝ | CHỦ TỌA" from a table) or on two lines, then
 * the two names on one line ("Lê Thị Hoa Nguyễn Văn Minh") or on two lines, the secretary's first.
 *
 * <p>The secretary's part is taken out of the lines (blanked), so that the closing reads what is left, the chair's
 * part, as its signature; on a merged line the chair's part stays on the same line number. The placeholders of
 * the template ("(Chữ ký)", "(Ký, ghi rõ họ tên)") are dropped with an {@code INFO}; one name under two titles is
 * left to the chair with a {@code WARNING}, as the text does not say whose it is.
 */
final class MinutesSignatures {

    /** Family names that are far more often the middle name ("Nguyễn Văn Minh", "Lê Thị Hoa"): no cut before them. */
    private static final Set<String> MIDDLE_NAMES = Set.of("Văn", "Thị");

    private final List<Line> lines;
    private final Findings findings;
    private @Nullable SignatureBlock secretary;

    private MinutesSignatures(List<Line> lines, Findings findings) {
        this.lines = new ArrayList<>(lines);
        this.findings = findings;
    }

    /**
     * Finds the secretary's signature after the heading.
     *
     * @param lines the document's lines
     * @param from the index where the body starts
     * @param findings where the source lines and diagnostics go
     * @return the reading
     */
    static MinutesSignatures read(List<Line> lines, int from, Findings findings) {
        MinutesSignatures s = new MinutesSignatures(lines, findings);
        s.run(from);
        return s;
    }

    /** @return the lines with the secretary's signature taken out */
    List<Line> lines() {
        return lines;
    }

    /** @return the secretary's signature, or {@code null} when the text has no THƯ KÝ block */
    @Nullable SignatureBlock secretary() {
        return secretary;
    }

    static boolean isSecretaryTitle(String t) {
        if (!TextReader.isMostlyUpper(t) || t.length() > 80 || t.contains(":")) {
            return false;
        }
        String key = Fold.key(t);
        return key.startsWith("thuky") || key.startsWith("nguoighibienban");
    }

    private void run(int from) {
        int s = -1;
        for (int i = from; i < lines.size() && s < 0; i++) {
            if (isSecretaryTitle(lines.get(i).text())) {
                s = i;
            }
        }
        if (s < 0) {
            return;
        }
        Line titleLine = lines.get(s);
        String[] titles = splitTitles(titleLine.text());
        int a = next(s + 1);
        String name = null;
        int nameLine = 0;
        double nameConfidence = 0.9;
        if (titles[1] == null && (a < 0 || !ClosingParse.isTitle(lines.get(a).text()))) {
            // a block of its own: THƯ KÝ, then the name
            blank(s);
            if (a >= 0 && ClosingParse.isName(lines.get(a).text())) {
                name = ClosingParse.stripRank(lines.get(a).text()).replaceAll("[.]$", "");
                nameLine = lines.get(a).number();
                blank(a);
            }
        } else {
            if (titles[1] != null) {
                lines.set(s, titleLine.withText(titles[1]));
                findings.repair("text.merged-columns", titleLine.number(), "separated the secretary's title \""
                        + titles[0] + "\" from the chair's \"" + titles[1] + "\" on the same line");
            } else {
                blank(s);
            }
            // the chair's further title lines stay; the names come after them
            while (a >= 0 && ClosingParse.isTitle(lines.get(a).text()) && !ClosingParse.isName(lines.get(a).text())) {
                a = next(a + 1);
            }
            if (a >= 0) {
                Line first = lines.get(a);
                int b = next(a + 1);
                String[] pair = first.text().contains("|") ? splitOnBar(first.text()) : null;
                if (pair == null && ClosingParse.isName(first.text()) && b >= 0
                        && ClosingParse.isName(lines.get(b).text())) {
                    // the two names on two lines, the secretary's first
                    name = ClosingParse.stripRank(first.text()).replaceAll("[.]$", "");
                    nameLine = first.number();
                    blank(a);
                } else {
                    if (pair == null) {
                        pair = splitNames(first.text());
                        nameConfidence = 0.6;
                    }
                    if (pair != null) {
                        name = pair[0];
                        nameLine = first.number();
                        lines.set(a, first.withText(pair[1]));
                        findings.repair("text.merged-columns", first.number(), "read \"" + pair[0]
                                + "\" as the secretary's name and \"" + pair[1] + "\" as the chair's");
                    } else if (ClosingParse.isName(first.text())) {
                        findings.warning("text.signature-unplaced", first.number(), "one name \"" + first.text()
                                + "\" under the titles of the secretary and the chair: read as the chair's; the"
                                + " secretary's signature has no name");
                    }
                }
            }
        }
        List<AuthorityLine> title = List.of(authority(titles[0]));
        secretary = new SignatureBlock(title, name, name == null ? SignatureKind.UNSIGNED : SignatureKind.HANDWRITTEN);
        findings.found("/secretarySignature", titleLine.number(), 0.85);
        findings.found("/secretarySignature/lines/0", titleLine.number(), 0.85);
        if (nameLine > 0) {
            findings.found("/secretarySignature/fullName", nameLine, nameConfidence);
        }
    }

    /** @return the index of the next line with text, blanking the signature placeholders on the way; -1 if none */
    private int next(int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (ClosingParse.isSignatureMark(l.text())) {
                ClosingParse.signatureMark(findings, l.number(), l.text());
                blank(i);
                continue;
            }
            return i;
        }
        return -1;
    }

    private void blank(int index) {
        lines.set(index, lines.get(index).withText(""));
    }

    /** @return {secretary's title, chair's title or null} */
    static String[] splitTitles(String t) {
        if (t.contains("|")) {
            String[] parts = t.split("\\|", 2);
            String chair = parts[1].replace("|", " ").strip();
            return new String[] {parts[0].strip(), chair.isEmpty() ? null : chair};
        }
        Fold fold = Fold.of(t);
        int[] at = fold.find(fold.startsWith("thuky") ? "thuky" : "nguoighibienban");
        String own = t.substring(0, at[1]).strip();
        String rest = t.substring(at[1]).replaceFirst("^[\\s\\-–]+", "").strip();
        if (rest.isEmpty() || !(ClosingParse.isTitle(rest) || Fold.key(rest).startsWith("chu"))) {
            return new String[] {t.strip(), null};
        }
        return new String[] {own, rest};
    }

    private static String @Nullable [] splitOnBar(String t) {
        String[] parts = t.split("\\|", 2);
        String left = ClosingParse.stripRank(parts[0]).strip();
        String right = ClosingParse.stripRank(parts[1].replace("|", " ")).strip();
        return left.isEmpty() || right.isEmpty() ? null : new String[] {left, right};
    }

    /**
     * Cuts a line holding two names ("Lê Thị Hoa Nguyễn Văn Minh") where the second name starts: at a form of
     * address ("Ông", "Bà"), else before a family name (the one nearest the middle), else in the middle of six words.
     *
     * @return {first, second}, or {@code null} when the line is not two names or the cut is not clear
     */
    static String @Nullable [] splitNames(String t) {
        String[] words = t.strip().split(" ");
        int n = words.length;
        if (n < 4 || n > 10) {
            return null;
        }
        List<Integer> cuts = new ArrayList<>();
        for (int k = 2; k <= n - 2; k++) {
            String first = String.join(" ", Arrays.asList(words).subList(0, k));
            String second = String.join(" ", Arrays.asList(words).subList(k, n));
            if (ClosingParse.isName(first) && ClosingParse.isName(second)
                    && wordCount(ClosingParse.stripRank(first)) <= 5 && wordCount(ClosingParse.stripRank(second)) <= 5) {
                cuts.add(k);
            }
        }
        int cut = -1;
        for (int k : cuts) {
            if (Patterns.RANK.matcher(words[k] + " " + words[k + 1] + " ").lookingAt()) {
                cut = cut == -1 ? k : -2;
            }
        }
        if (cut == -1) {
            // before a family name; of several, the cut nearest the middle
            int best = Integer.MAX_VALUE;
            for (int k : cuts) {
                if (Surnames.isSurname(words[k]) && !MIDDLE_NAMES.contains(words[k])) {
                    int distance = Math.abs(2 * k - n);
                    cut = distance < best ? k : distance == best ? -2 : cut;
                    best = Math.min(best, distance);
                }
            }
        }
        if (cut == -1 && n == 6 && cuts.contains(3)) {
            cut = 3;
        }
        if (cut < 0) {
            return null;
        }
        return new String[] {
            ClosingParse.stripRank(String.join(" ", Arrays.asList(words).subList(0, cut))).replaceAll("[.]$", ""),
            ClosingParse.stripRank(String.join(" ", Arrays.asList(words).subList(cut, n))).replaceAll("[.]$", "")};
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static AuthorityLine authority(String text) {
        try {
            return AuthorityLine.parse(text);
        } catch (ParseException e) {
            return AuthorityLine.of(text);
        }
    }
}
