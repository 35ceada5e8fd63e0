package io.github.vanban.formats.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closing of a text extracted with its layout kept (a PDF page as text): Nơi nhận (ô 9b) in the left column and
 * the signature (ô 7) in the right one, side by side on the same lines, with wide runs of spaces between them
 * ("- Lưu: VT, GDPT.        Nguyễn Kim Sơn"). The cleaner folds those runs to one space, so the reader would take
 * the signer's name for a recipient or a drafter mark; here the two columns are laid one after the other, the left
 * one first, from the raw lines.
 */
final class ClosingColumns {
    /** A run of spaces wide enough to part two columns, after some text. */
    private static final Pattern GAP = Pattern.compile("(?<=\\S) {4,}(?=\\S)");
    /** The indentation of a line standing in the right column alone. */
    private static final int RIGHT_INDENT = 12;

    private ClosingColumns() {
    }

    /**
     * Lays side-by-side columns of a closing one after the other. Only when at least two lines hold text in both
     * columns; the region ends at the line where the right column gives the signer's name (or at the last line
     * with two columns), so that what follows the signature (an appendix) keeps its place.
     *
     * @param closing the closing's lines, from "Nơi nhận" or the signature on
     * @param findings where the separation is reported (INFO text.merged-columns, at the line of the signer's name)
     * @return the lines to read, the same list when there are no such columns
     */
    static List<Line> separate(List<Line> closing, Findings findings) {
        int n = closing.size();
        String[] left = new String[n];
        String[] right = new String[n];
        int both = 0;
        int lastBoth = -1;
        int nameAt = -1;
        for (int i = 0; i < n; i++) {
            Line l = closing.get(i);
            if (l.isBlank()) {
                continue;
            }
            String raw = l.raw().replace("\t", "    ").stripTrailing();
            int indent = raw.length() - raw.stripLeading().length();
            if (indent >= RIGHT_INDENT) {
                right[i] = raw.strip();
            } else {
                Matcher m = GAP.matcher(raw);
                if (m.find()) {
                    left[i] = raw.substring(0, m.start());
                    right[i] = raw.substring(m.end());
                    both++;
                    lastBoth = i;
                } else {
                    continue;
                }
            }
            String r = TextCleaner.cleanLine(l.number(), right[i], new Findings()).text();
            if (ClosingParse.isName(r) && !ClosingParse.isTitle(r)) {
                nameAt = i;
            }
        }
        if (both < 2) {
            return closing;
        }
        int end = Math.max(nameAt, lastBoth);
        List<Line> out = new ArrayList<>(n + 1);
        List<Line> rightColumn = new ArrayList<>();
        for (int i = 0; i <= end; i++) {
            Line l = closing.get(i);
            if (right[i] == null) {
                out.add(l);
                continue;
            }
            if (left[i] != null) {
                out.add(TextCleaner.cleanLine(l.number(), left[i], new Findings()));
            }
            rightColumn.add(TextCleaner.cleanLine(l.number(), right[i], new Findings()));
        }
        out.add(new Line(rightColumn.get(0).number(), "", false, ""));
        out.addAll(rightColumn);
        out.addAll(closing.subList(end + 1, n));
        int first = closing.get(0).number();
        // reported where the signer's name was merged, the line that matters most, else at the closing's start
        findings.info("text.merged-columns", nameAt >= 0 ? closing.get(nameAt).number() : first, "read the two columns of the closing laid side by side (lines "
                + first + "–" + closing.get(end).number() + ") one after the other: Nơi nhận, then the signature");
        return out;
    }
}
