package io.github.vanban.formats.internal.text;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The closing: Nơi nhận with its archive line, the signature block and the drafter mark. */
final class ClosingParse {

    /**
     * "(Đã ký)" of a published copy, "(Chữ ký, dấu)" or "(Ký, ghi rõ họ tên)" of a template, one or more on a line
     * (the placeholders of two signatures merged side by side).
     */
    private static final Pattern COURTESY = Pattern.compile("^(?:(?:Đồng chí|Ông|Bà)\\s+)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SIGNED_MARK = Pattern.compile(
            "^(?:[(\\[]\\s*(?:đã ký|ký|chữ ký|ký tên|ghi rõ họ tên)\\b[^()\\[\\]]{0,80}[)\\]]\\s*)+\\.?$|^đã ký\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern SUPERSCRIPT = Pattern.compile("\\^\\{(?<mark>[^}]{1,12})\\}");
    private static final Pattern MARK = Pattern.compile("^\\^?\\{?(?<m>[A-ZĐ][A-Za-zĐđ]{0,5}(?:\\d{1,3})?)\\}?\\.?"
            + "(?:\\(\\s*(?<c>\\d+)\\s*[bB]?\\s*\\))?\\.?$");
    /** A unit of a Lưu line: a short abbreviation in capitals, digits, "&" and "-" (VT, ĐT, KT&ĐBCLĐT, CT-TC). */
    private static final String UNIT = "\\p{Lu}[\\p{Lu}\\d&\\-]*";
    /**
     * "VT, ĐT. TN17. …": the units, a full stop, then the drafter's initials with the copy count ("TN17", "Th24",
     * "MC6 ", "N 18") and a full stop, then whatever the OCR merged onto the line.
     */
    private static final Pattern UNIT_WITH_MARK = Pattern.compile("^\\s*\\(?(?<unit>\\p{Lu}[\\p{L}\\d&\\-.]*?\\p{L})\\s*[/(]\\s*"
            + "(?<mark>\\p{Lu}\\p{L}{0,5})\\s*\\)?\\s*(?:\\(?\\s*(?<c>\\d{1,3})\\s*(?:b|bản)\\s*\\)?)?\\s*\\.?\\s*$");
    private static final Pattern UNITS_THEN_MARK = Pattern.compile("^(?<units>" + UNIT + "(?:\\s*[,.]\\s*" + UNIT
            + ")*?)\\s*\\.\\s*(?<mark>\\p{Lu}\\p{L}{0,2}\\s?\\d(?:\\s?\\d){0,2})\\s*(?:\\.|$)\\s*(?<tail>.*)$");

    private final List<Line> lines;
    /** A recipient, its ending, then a signature title with its authority merged from the other column. */
    private static final Pattern MERGED_AUTHORITY = Pattern.compile(
            "^(?<head>.*?[;,.:])\\s*(?<title>(?:TM|KT|TL|TUQ|Q)\\.\\s*\\p{Lu}[^;,]*)$");
    /** Archive units, their full stop, then a signature title of two words or more in capitals. */
    private static final Pattern MERGED_TITLE = Pattern.compile(
            "^(?<units>.*\\.)\\s+(?<title>\\p{Lu}+(?:\\s+\\p{Lu}+)+)$");
    private final Findings findings;
    final List<Recipient> distribution = new ArrayList<>();
    @Nullable ArchiveLine archive;
    @Nullable DrafterMark drafterMark;
    final List<AuthorityLine> titles = new ArrayList<>();
    /** Words that make a text in parentheses the purpose of sending ("Để biết", "B/c", "Thay báo cáo"). */
    private static final Pattern PURPOSE_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(?:để|đề|b/c|t/h|p/h|biết|thay|báo cáo"
            + "|thực hiện|phối hợp|theo dõi|chỉ đạo|đăng|bản|xem|lưu)(?!\\p{L})");
    @Nullable String fullName;
    /** The line of a name read from the end of an archive or recipient line, 0 when none. */
    private int mergedNameLine;
    private int titleLine;
    final List<Line> trailing = new ArrayList<>();

    ClosingParse(List<Line> lines, Findings findings) {
        this.lines = lines;
        this.findings = findings;
    }

    static int findStart(List<Line> lines, int from) {
        int n = lines.size();
        int nn = -1;
        for (int i = from; i < n; i++) {
            if (Patterns.NOI_NHAN.matcher(lines.get(i).text()).matches()) {
                nn = i;
                break;
            }
        }
        int end = nn >= 0 ? nn : n;
        // A signature block standing before "Nơi nhận" (or with no Nơi nhận): titles in capitals, then a name.
        int k = end - 1;
        while (k >= from && lines.get(k).isBlank()) {
            k--;
        }
        if (nn < 0) {
            // no Nơi nhận: find the first name line after title lines, scanning forward from the end mark
            for (int i = from; i < n; i++) {
                String t = lines.get(i).text();
                if (isTitle(t) && followedByName(lines, i)) {
                    return i;
                }
            }
            int lone = loneNameAfterEndMark(lines, from, n);
            return lone >= 0 ? lone : n;
        }
        if (k >= from && (isName(lines.get(k).text()) || repairedName(lines.get(k).text()) != null)) {
            int start = -1;
            int j = k - 1;
            while (j >= from) {
                String t = lines.get(j).text();
                if (t.isEmpty()) {
                    j--;
                    continue;
                }
                if (isTitle(t)) {
                    start = j;
                    j--;
                    continue;
                }
                break;
            }
            if (start >= 0) {
                return start;
            }
            if (loneNameAfterEndMark(lines, from, nn) == k) {
                return k;
            }
        }
        return nn;
    }

    /**
     * A signer's name standing alone, with no signature title, on the first line after the body's end mark
     * ("./."): "… thực hiện./." then "Nguyễn Văn An".
     *
     * @return the index of the name line, or -1
     */
    private static int loneNameAfterEndMark(List<Line> lines, int from, int end) {
        int mark = -1;
        for (int i = end - 1; i >= from && mark < 0; i--) {
            if (lines.get(i).text().endsWith("/.")) {
                mark = i;
            }
        }
        if (mark < 0) {
            return -1;
        }
        int j = mark + 1;
        while (j < end && lines.get(j).isBlank()) {
            j++;
        }
        if (j >= end) {
            return -1;
        }
        String t = lines.get(j).text();
        return isPersonalName(t) || repairedName(t) != null ? j : -1;
    }

    /** @return whether the line only marks the place of a signature: "(Đã ký)", "(Ký, ghi rõ họ tên)" */
    static boolean isSignatureMark(String t) {
        return SIGNED_MARK.matcher(t).matches();
    }

    /** Reports a line that marks the place of a signature; a published copy or a template, not document text. */
    static void signatureMark(Findings findings, int line, String t) {
        findings.info("text.signature-mark", line, "read \"" + TextReader.abbreviate(t) + "\" as the place of the"
                + " signature (ô 7c); the text carries no signature itself");
    }

    static boolean followedByName(List<Line> lines, int i) {
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < 8; j++) {
            String t = lines.get(j).text();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            if (isName(t) || repairedName(t) != null) {
                return true;
            }
            if (!isTitle(t)) {
                return false;
            }
        }
        return false;
    }

    static boolean isTitle(String t) {
        return TextReader.isMostlyUpper(t) && t.length() <= 80 && !t.contains(",")
                && Patterns.TITLE_WORDS.matcher(t).matches();
    }

    /**
     * The signer's name as written (ô 7b): a rank or a học hàm, học vị before it is kept, for validation to judge
     * (ND30-KY-06), and only a courtesy word ("Ông", "Bà", "Đồng chí") and a final stop are dropped.
     */
    static String writtenName(String t) {
        return COURTESY.matcher(t.strip()).replaceFirst("").replaceAll("[.]$", "");
    }

    static String stripRank(String t) {
        String s = t.strip();
        Matcher m = Patterns.RANK.matcher(s);
        while (m.lookingAt()) {
            s = s.substring(m.end()).strip();
            m = Patterns.RANK.matcher(s);
        }
        return s;
    }

    static boolean isName(String t) {
        String s = stripRank(t).replaceAll("[.]$", "");
        String[] words = s.split(" ");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!isTitleCaseWord(w)) {
                return false;
            }
        }
        return !s.equals("Như Trên");
    }

    /** A personal name standing alone: 2–5 syllables in title case, letters only, the first a known surname. */
    static boolean isPersonalName(String t) {
        String[] words = t.strip().split(" ");
        if (words.length < 2 || words.length > 5 || !Surnames.isSurname(words[0])) {
            return false;
        }
        for (String w : words) {
            if (!isTitleCaseWord(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "oàng Văn Thức" read as "Hoàng Văn Thức": a name of 2–5 syllables whose first one starts in lower case and
     * becomes exactly one known surname with one letter put before it; the others are in title case.
     *
     * @return the mended name, or {@code null} when the line is not such a name
     */
    static @Nullable String repairedName(String t) {
        String[] words = t.strip().split(" ");
        if (words.length < 2 || words.length > 5 || !Character.isLowerCase(words[0].codePointAt(0))
                || !words[0].chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (int k = 1; k < words.length; k++) {
            if (!isTitleCaseWord(words[k])) {
                return null;
            }
        }
        return Surnames.withLostInitial(words[0]).map(s -> s + t.strip().substring(words[0].length())).orElse(null);
    }

    private static boolean isTitleCaseWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i)) || Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    void run() {
        boolean inList = false;
        StringBuilder cur = null;
        int curLine = 0;
        int nameLine = 0;
        boolean nameRepaired = false;
        boolean first = true;
        int i = 0;
        int n = lines.size();
        for (; i < n; i++) {
            Line line = lines.get(i);
            String t = line.text();
            if (t.isEmpty()) {
                cur = flush(cur, curLine);
                continue;
            }
            boolean atStart = first;
            first = false;
            Matcher nn = Patterns.NOI_NHAN.matcher(t);
            if (nn.matches() && !inList) {
                cur = flush(cur, curLine);
                inList = true;
                findings.line("/closing/recipients", line.number());
                String rest = nn.group("rest").strip();
                if (rest.isEmpty()) {
                    continue;
                }
                t = rest;
            }
            if (fullName != null) {
                Matcher mk = MARK.matcher(t);
                if (drafterMark == null && mk.matches() && t.length() <= 12) {
                    drafterMark = new DrafterMark(mk.group("m"), mk.group("c") == null ? null
                            : Integer.valueOf(mk.group("c")));
                    findings.found("/closing/drafterMark", line.number(), 0.8);
                    continue;
                }
                if (inList && archive == null && (Patterns.BULLET.matcher(t).matches()
                        || Patterns.ARCHIVE.matcher(t).matches())) {
                    // Nơi nhận after the signature (the writer's order)
                } else if (Patterns.NOI_NHAN.matcher(t).matches()) {
                    inList = true;
                    continue;
                } else {
                    break;
                }
            }
            Matcher ar = Patterns.ARCHIVE.matcher(t);
            if (ar.matches() && (inList || t.startsWith("-") || t.contains(":")) && archive == null) {
                cur = flush(cur, curLine);
                readArchive(ar.group("rest"), line.number());
                continue;
            }
            if (Patterns.BULLET.matcher(t).matches() && inList && archive == null) {
                cur = flush(cur, curLine);
                String[] parts = splitMergedTail(t, line.number());
                cur = new StringBuilder(parts[0]);
                curLine = line.number();
                if (parts[1] != null) {
                    titles.add(authority(parts[1]));
                    titleLine = titleLine == 0 ? line.number() : titleLine;
                }
                continue;
            }
            if (cur != null && !cur.toString().endsWith(";") && !cur.toString().endsWith(".")
                    && !TextReader.isMostlyUpper(t) && !isName(t) && repairedName(t) == null) {
                cur.append(' ').append(t);
                continue;
            }
            cur = flush(cur, curLine);
            if (fullName == null && isSignatureMark(t)) {
                signatureMark(findings, line.number(), t);
                continue;
            }
            if (TextReader.isMostlyUpper(t) && t.length() <= 80 && fullName == null) {
                String title = t.replaceAll("[,;]$", "");
                if (titles.size() < 6) {
                    titles.add(authority(title));
                    titleLine = titleLine == 0 ? line.number() : titleLine;
                    continue;
                }
            }
            if (isName(t) && fullName == null && (!titles.isEmpty() || inList)) {
                fullName = writtenName(t);
                nameLine = line.number();
                continue;
            }
            String repaired = fullName == null && (!titles.isEmpty() || inList || atStart) ? repairedName(t) : null;
            if (repaired != null) {
                fullName = repaired;
                nameLine = line.number();
                nameRepaired = true;
                findings.repair("text.name-repaired", line.number(), "read the signer's name \"" + t + "\" as \""
                        + repaired + "\": the OCR lost the first letter of the surname");
                continue;
            }
            if (atStart && fullName == null && isPersonalName(t)) {
                // the closing starts with a name standing alone after the body's end mark (see findStart)
                fullName = t;
                nameLine = line.number();
                continue;
            }
            String prefix = fullName == null && !titles.isEmpty() ? namePrefix(t) : null;
            if (prefix != null) {
                fullName = prefix;
                nameLine = line.number();
                findings.repair("text.merged-columns", line.number(), "separated the signer's name \"" + prefix
                        + "\" from text merged on the same line");
                String rest = t.substring(t.indexOf(prefix) + prefix.length()).strip();
                trailing.add(line.withText(rest));
                i++;
                break;
            }
            if (archive != null && !TextReader.isMostlyUpper(t)) {
                // after the archive line, text that is neither title, name nor mark is what follows the document
                break;
            }
            if (t.startsWith("(Kèm theo") || t.startsWith("PHỤ LỤC") || t.startsWith("Phụ lục")) {
                break;
            }
            findings.warning("text.closing-unread", line.number(), "could not place \"" + TextReader.abbreviate(t)
                    + "\" in the closing; ignored");
        }
        flush(cur, curLine);
        for (; i < n; i++) {
            trailing.add(lines.get(i));
        }
        if (nameLine == 0 && mergedNameLine > 0) {
            nameLine = mergedNameLine;
        }
        if (titleLine > 0) {
            findings.found("/closing/signer", titleLine, titles.isEmpty() ? 0.3 : 0.85);
            for (int k = 0; k < titles.size(); k++) {
                findings.found("/closing/signer/lines/" + k, titleLine + k, 0.8);
            }
        }
        if (nameLine > 0) {
            findings.found("/closing/signer/fullName", nameLine, nameRepaired ? 0.6 : 0.9);
            findings.line("/closing/signer", nameLine);
        }
        if (fullName != null && titles.isEmpty()) {
            findings.found("/closing/signer", nameLine, 0.5);
            findings.warning("text.signature-title-missing", nameLine, "the signer's name \"" + fullName
                    + "\" stands without a signature title (ô 7a, 7b: quyền hạn, chức vụ of the signer); read a"
                    + " signature block with the name only");
        }
    }

    /** "Lương Thế Dũng Danh sách …": a name (2–4 capitalised words) followed by merged text. */
    static @Nullable String namePrefix(String t) {
        String[] words = t.split(" ");
        int run = 0;
        while (run < words.length && run < 5 && isNameWord(words[run])) {
            run++;
        }
        if (run >= words.length) {
            return null;
        }
        int k = Character.isLowerCase(words[run].codePointAt(0)) ? run - 1 : run;
        if (k < 2 || k > 4) {
            return null;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, k));
    }

    private static boolean isNameWord(String w) {
        return w.length() >= 2 && isTitleCaseWord(w);
    }

    /** Splits "- Như Điều 3; GIÁM ĐỐC" (columns merged by OCR) into the recipient and a signature title. */
    private String[] splitMergedTail(String t, int line) {
        Matcher authority = MERGED_AUTHORITY.matcher(t);
        if (authority.matches() && isTitle(authority.group("title"))) {
            // "- Như trên; KT. CHỦ TỊCH": the dot of the authority mark is no end of the recipient
            findings.repair("text.merged-columns", line, "separated the signature title \""
                    + authority.group("title") + "\" from the recipient on the same line");
            return new String[] {authority.group("head"), authority.group("title")};
        }
        int semi = Math.max(t.lastIndexOf(';'), t.lastIndexOf('.'));
        if (semi > 0 && semi < t.length() - 1) {
            String tail = t.substring(semi + 1).strip();
            String head = t.substring(0, semi + 1);
            if (tail.length() <= 3 && !tail.matches(".*\\p{Ll}{2}.*")) {
                findings.repair("text.ocr-junk", line, "removed \"" + tail + "\" after a recipient");
                return new String[] {head, null};
            }
            if (TextReader.isMostlyUpper(tail) && tail.length() > 3) {
                findings.repair("text.merged-columns", line, "separated the signature title \"" + tail
                        + "\" from the recipient on the same line");
                return new String[] {head, tail};
            }
        }
        return new String[] {withoutMergedName(t, line), null};
    }

    /**
     * "VT.      Trần Thị Mai", "- TT. HĐND xã; Đại tá Lê Văn Tám": the signer's name, from the other column, merged
     * at the end of an archive or recipient line (a known surname and 2–5 words in title case, a rank before it
     * allowed) is read as the name when none was read; the line without it is returned.
     */
    private String withoutMergedName(String t, int line) {
        if (fullName != null) {
            return t;
        }
        String[] words = t.strip().split("\\s+");
        for (int k = Math.max(1, words.length - 7); k <= words.length - 2; k++) {
            String candidate = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
            String name = stripRank(candidate);
            if (isPersonalName(name) && !words[k - 1].matches("(?i)(?:ông|bà|đồng chí|chí)")) {
                fullName = writtenName(candidate);
                mergedNameLine = line;
                findings.repair("text.merged-columns", line, "separated the signer's name \"" + candidate
                        + "\" from the line it was merged into");
                return String.join(" ", java.util.Arrays.asList(words).subList(0, k));
            }
        }
        return t;
    }

    private @Nullable StringBuilder flush(@Nullable StringBuilder cur, int line) {
        if (cur == null) {
            return null;
        }
        try {
            Recipient r = recipient(cur.toString());
            findings.found("/closing/recipients/toPlaces/" + distribution.size(), line, 0.9);
            distribution.add(r);
        } catch (ParseException e) {
            findings.warning("text.recipient-unreadable", line, e.getMessage());
        }
        return null;
    }

    /**
     * A Kính gửi or Nơi nhận line as a recipient. What the line puts in parentheses is why it is sent ("(để b/c)",
     * "(b/c)", "(02 bản)"), unless it names a unit of the recipient: "Bộ Y tế (Cục Quản lý Khám, chữa bệnh)", "Bộ
     * Tài chính (Vụ Ngân sách nhà nước)" — text that opens with a capital and holds no word of a purpose — which
     * stays in the name.
     */
    static Recipient recipient(String text) throws ParseException {
        Recipient r = Recipient.parse(text);
        String p = r.purpose();
        if (p != null && Character.isUpperCase(p.codePointAt(0)) && !PURPOSE_WORDS.matcher(p).find()) {
            return new Recipient(r.name() + " (" + p + ")", null, r.ending());
        }
        return r;
    }

    private static AuthorityLine authority(String text) {
        try {
            return AuthorityLine.parse(text);
        } catch (ParseException e) {
            return AuthorityLine.of(text);
        }
    }

    private void readArchive(String rest, int line) {
        String r = rest.strip();
        Matcher marked = UNITS_THEN_MARK.matcher(r);
        if (marked.matches()) {
            readUnitsThenMark(marked, line);
            return;
        }
        Matcher merged = Pattern.compile("\\s(?<title>(?:TM|KT|TL|TUQ|Q)\\.\\s*\\p{Lu}.*)$").matcher(r);
        if (merged.find()) {
            titles.add(authority(merged.group("title").strip()));
            titleLine = titleLine == 0 ? line : titleLine;
            findings.repair("text.merged-columns", line, "separated the signature title \""
                    + merged.group("title").strip() + "\" from the archive line");
            r = r.substring(0, merged.start()).strip();
        } else {
            Matcher title = MERGED_TITLE.matcher(r);
            if (title.matches() && isTitle(title.group("title"))) {
                // "VT. PHÓ CHỦ TỊCH": a title in capitals of two words or more, merged after the units
                titles.add(authority(title.group("title")));
                titleLine = titleLine == 0 ? line : titleLine;
                findings.repair("text.merged-columns", line, "separated the signature title \""
                        + title.group("title") + "\" from the archive line");
                r = title.group("units");
            }
        }
        r = withoutMergedName(r, line);
        String unitMarked = withoutUnitMark(r, line);
        r = unitMarked == null ? r : unitMarked;
        Matcher sup = SUPERSCRIPT.matcher(r);
        if (sup.find()) {
            readMark(sup.group("mark"), line);
            r = (r.substring(0, sup.start()) + r.substring(sup.end())).strip();
            findings.repair("text.superscript", line, "read the superscript ^{" + sup.group("mark")
                    + "} as the drafter mark");
        }
        Matcher paren = Pattern.compile("\\((?<m>[\\p{Lu}][\\p{L}\\-]{0,10})\\)\\s*\\.?$").matcher(r);
        if (paren.find()) {
            readMark(paren.group("m"), line);
            r = r.substring(0, paren.start()).strip();
        }
        int comma = r.lastIndexOf(',');
        if (unitMarked != null) {
            // the drafter mark is read: a full stop left is inside the unit ("P.VX")
        } else if (comma >= 0) {
            int dot = r.indexOf('.', comma);
            if (dot > 0 && dot < r.length() - 1) {
                String tail = r.substring(dot + 1).strip().replaceAll("[.]$", "");
                if (!tail.isEmpty()) {
                    readMark(tail, line);
                }
                r = r.substring(0, dot + 1);
            }
        } else if (r.matches(".*\\.\\s*\\S.*")) {
            r = r.replaceAll("\\.\\s+(?=\\S)", ", ");
        }
        try {
            archive = ArchiveLine.parse("Lưu: " + r);
            findings.found("/closing/recipients/archive", line, 0.9);
        } catch (ParseException e) {
            findings.warning("text.archive-unreadable", line, e.getMessage());
        }
    }

    /**
     * "VT, ĐT. TN17." and what follows it on the line: a signature title merged from the other column is read as
     * one; anything else is reported, with the line, as text the closing cannot place.
     */
    /**
     * "VT, (VX/Th) 15b.", "VT, VX(Th) 15b.", "VT, P.VX (Th).": the last unit of a Lưu line with the drafter's initials
     * after a slash or in parentheses, and the count of copies, gives the unit and the drafter mark; the line is
     * returned with the unit alone, or {@code null} when its end is no such unit.
     */
    private @Nullable String withoutUnitMark(String r, int line) {
        int comma = r.lastIndexOf(',');
        Matcher m = UNIT_WITH_MARK.matcher(r.substring(comma + 1));
        if (!m.matches()) {
            return null;
        }
        drafterMark = new DrafterMark(m.group("mark"), m.group("c") == null ? null : Integer.valueOf(m.group("c")));
        findings.found("/closing/drafterMark", line, 0.8);
        return r.substring(0, comma + 1) + " " + m.group("unit") + ".";
    }

    private void readUnitsThenMark(Matcher m, int line) {
        List<String> units = new ArrayList<>();
        for (String u : m.group("units").split("\\s*[,.]\\s*")) {
            if (!u.isBlank()) {
                units.add(u.strip());
            }
        }
        archive = new ArchiveLine(units, null, ".");
        findings.found("/closing/recipients/archive", line, 0.9);
        String mark = m.group("mark");
        readMark(mark, line);
        String tail = m.group("tail").strip();
        if (tail.isEmpty()) {
            return;
        }
        if (isTitle(tail)) {
            titles.add(authority(tail));
            titleLine = titleLine == 0 ? line : titleLine;
            findings.repair("text.merged-columns", line, "separated the signature title \"" + tail
                    + "\" from the archive line");
        } else {
            findings.warning("text.closing-unread", line, "could not place \"" + tail + "\" after the drafter mark \""
                    + mark + "\" of the archive line; ignored");
        }
    }

    private void readMark(String text, int line) {
        try {
            drafterMark = DrafterMark.parse(text);
        } catch (ParseException e) {
            drafterMark = new DrafterMark(text.strip(), null);
        }
        findings.found("/closing/drafterMark", line, 0.8);
    }

    @Nullable SignatureBlock signature() {
        if (titles.isEmpty() && fullName == null) {
            return null;
        }
        return new SignatureBlock(titles, fullName, fullName == null ? SignatureKind.UNSIGNED
                : SignatureKind.HANDWRITTEN);
    }
}
