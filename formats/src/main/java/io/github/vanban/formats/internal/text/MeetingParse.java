package io.github.vanban.formats.internal.text;

import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.text.VietnameseText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Thông tin cuộc họp — the meeting facts of a giấy mời (Mẫu 1.7) or a biên bản (Mẫu 1.9, Phụ lục III of Nghị
 * định 30/2020/NĐ-CP), read from the labelled lines of the body: "Thời gian:" / "Thời gian bắt đầu:", "Địa
 * điểm:", "Chủ trì:" / "Chủ trì (chủ tọa):" / "Chủ tọa:", "Thành phần tham dự:" (its value on the line, parts
 * separated by ";", and/or a list of "- …" lines), "Thư ký:" / "Thư ký (người ghi biên bản):", and the closing
 * sentence "Cuộc họp … kết thúc vào …". Labels are read in any case and tone placement ("Chủ toạ"), after a bullet,
 * with or without the colon (without it only when the value looks like one: a time, a place, a person), with the
 * value on the next line or wrapped over several lines. Values are kept as written, without the line's closing
 * punctuation; an end mark "./." on such a line is the body's.
 *
 * <p><b>The body rule:</b> every line read into the meeting leaves the body (it becomes a blank line there), so
 * each fact is held once, in the {@code Meeting}; the body keeps all other text, "… trân trọng kính mời:", "Tới
 * dự …" and "Nội dung …:" included. A label met again once its field is filled stays in the body (with an
 * {@code INFO text.meeting-repeated}), as do labels behind a number ("1. Thời gian:") and lines that only start
 * like a label.
 */
final class MeetingParse {

    /** The labelled fields of the templates. */
    private enum Field {
        TIME("time"), LOCATION("location"), CHAIR("chair"), PARTICIPANTS("participants"), SECRETARY("secretary");

        final String word;
        final String pointer;

        Field(String word) {
            this.word = word;
            this.pointer = "/meeting/" + word;
        }
    }

    /** A label, matched on the lower-cased line. */
    private static final Pattern LABEL = Pattern.compile("^(?:[-–+•]\\s*)?(?<label>"
            + "thời gian(?:\\s+(?:bắt đầu|họp|khai mạc|tổ chức))?"
            + "|địa điểm(?:\\s+(?:họp|tổ chức))?"
            + "|chủ trì|chủ tọa|chủ toạ"
            + "|thành phần(?<qualified>\\s+(?:tham dự|dự họp|mời|tham gia|được mời))?(?:\\s+gồm(?:\\s+có)?)?"
            + "|thư ký|thư kí|người ghi biên bản)"
            + "(?:\\s+(?:cuộc họp|hội nghị|buổi họp|hội đồng))?"
            + "(?<paren>\\s*\\([^()]{1,40}\\))?\\s*(?<colon>:)?\\s*(?<value>.*)$");
    /** "Cuộc họp (hội nghị, hội thảo) … kết thúc vào … giờ …, ngày … tháng … năm …/.", on the lower-cased text. */
    private static final Pattern END = Pattern.compile("^(?:cuộc họp|hội nghị|hội thảo|buổi họp|phiên họp"
            + "|buổi làm việc|biên bản)(?:[\\s,(].{0,60}?)?\\s+kết thúc\\s+(?:vào\\s+)?(?:lúc\\s+|hồi\\s+)?"
            + "(?<value>.+)$");
    private static final Pattern PERSON = Pattern.compile("^(?:đồng chí|đ/c|ông|bà|ts\\.|ths\\.|pgs|gs)(?:\\s|$).*");
    private static final Pattern OPEN_END = Pattern.compile("(?:^|\\s)(?:và|của|tại|cùng|với|các|đồng chí|ông|bà)$");
    private static final Pattern TIME_START = Pattern.compile("^(?:\\d|từ\\s|vào\\s|lúc\\s|ngày\\s|hồi\\s).*");

    private final List<Line> rest;
    private final Findings findings;
    private final Map<Field, String> values = new EnumMap<>(Field.class);
    private final List<String> participants = new ArrayList<>();
    private @Nullable String end;
    private int endMarkLine;
    /** The numbers of the lines read into the meeting. */
    private final List<Integer> taken = new ArrayList<>();

    private MeetingParse(List<Line> lines, Findings findings) {
        this.rest = new ArrayList<>(lines);
        this.findings = findings;
    }

    /**
     * Reads the meeting facts of a body.
     *
     * @param lines the body's lines
     * @param findings where the source lines and diagnostics go
     * @return the reading
     */
    static MeetingParse read(List<Line> lines, Findings findings) {
        MeetingParse p = new MeetingParse(lines, findings);
        p.run();
        return p;
    }

    /** @return the body's lines, with those read into the meeting blanked */
    List<Line> rest() {
        return rest;
    }

    /** @return the line of an end mark "./." met on a meeting line, or 0 */
    int endMarkLine() {
        return endMarkLine;
    }

    /** @return the meeting, or {@code null} when the body states none of its facts */
    @Nullable Meeting meeting() {
        if (values.isEmpty() && participants.isEmpty() && end == null) {
            return null;
        }
        return new Meeting(values.get(Field.TIME), values.get(Field.LOCATION), values.get(Field.CHAIR), participants,
                values.get(Field.SECRETARY), end);
    }

    /**
     * Whether a line starts with a meeting label followed by a colon ("Thời gian bắt đầu:", "Chủ trì (chủ tọa):"),
     * so that it ends a trích yếu or a paragraph above it.
     *
     * @param text a line
     * @return whether it is a labelled meeting line
     */
    static boolean isColonLabel(String text) {
        Matcher m = LABEL.matcher(Fold.lower(text));
        return m.matches() && m.group("colon") != null;
    }

    /** A label found on a line. */
    private record Label(Field field, String value, double confidence) {
    }

    private static @Nullable Label label(String text) {
        String lower = Fold.lower(text);
        Matcher m = LABEL.matcher(lower);
        if (!m.matches()) {
            return null;
        }
        String l = m.group("label");
        Field field = l.startsWith("thời") ? Field.TIME : l.startsWith("địa") ? Field.LOCATION
                : l.startsWith("chủ") ? Field.CHAIR : l.startsWith("thành") ? Field.PARTICIPANTS : Field.SECRETARY;
        String value = (lower.length() == text.length() ? text : lower).substring(m.start("value")).strip();
        if (m.group("colon") != null) {
            return new Label(field, value, 0.9);
        }
        // Without the colon the value must look like one, and a line in capitals is a title ("THƯ KÝ CHỦ TỌA").
        if (value.isEmpty() || TextReader.isMostlyUpper(text)) {
            return null;
        }
        String v = Fold.lower(value);
        boolean upper = Character.isUpperCase(value.codePointAt(0));
        boolean looksRight = switch (field) {
            case TIME -> TIME_START.matcher(v).matches();
            case LOCATION -> upper || v.startsWith("tại ");
            case CHAIR, SECRETARY -> PERSON.matcher(v).matches();
            case PARTICIPANTS -> upper && m.group("qualified") != null;
        };
        return looksRight ? new Label(field, value, 0.7) : null;
    }

    private void run() {
        int n = rest.size();
        int i = 0;
        while (i < n) {
            Line line = rest.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            Label label = label(line.text());
            if (label != null && (label.field() == Field.PARTICIPANTS ? participants.isEmpty()
                    : !values.containsKey(label.field()))) {
                i = readField(i, label);
                continue;
            }
            if (label != null) {
                findings.info("text.meeting-repeated", line.number(), "a second \"" + TextReader.abbreviate(
                        line.text()) + "\" line: the meeting's " + label.field().word
                        + " was read above; this line stays in the body");
                i++;
                continue;
            }
            if (end == null && END.matcher(Fold.lower(line.text())).matches()) {
                i = readEnd(i);
                continue;
            }
            i++;
        }
        if (!taken.isEmpty()) {
            findings.found("/meeting", taken.stream().min(Integer::compare).orElse(0), 0.9);
        }
    }

    private void take(int index) {
        Line l = rest.get(index);
        taken.add(l.number());
        rest.set(index, l.withText(""));
    }

    /** @return the index after the field's lines */
    private int readField(int i, Label label) {
        Line line = rest.get(i);
        StringBuilder value = new StringBuilder(label.value());
        int valueLine = line.number();
        int lastLine = line.number();
        take(i);
        int k = i + 1;
        if (value.length() == 0 && label.field() != Field.PARTICIPANTS && k < rest.size() && !rest.get(k).isBlank()
                && label(rest.get(k).text()) == null) {
            // "Địa điểm:" with its value on the next line
            value.append(rest.get(k).text().replaceFirst("^[-–+•]\\s*", ""));
            valueLine = rest.get(k).number();
            lastLine = valueLine;
            take(k);
            k++;
        }
        while (value.length() > 0 && k < rest.size() && continues(value, rest.get(k).text())) {
            value.append(' ').append(rest.get(k).text());
            lastLine = rest.get(k).number();
            take(k);
            k++;
        }
        String v = clean(value.toString(), lastLine);
        if (label.field() != Field.PARTICIPANTS) {
            if (!v.isEmpty()) {
                values.put(label.field(), v);
                findings.found(label.field().pointer, valueLine, label.confidence());
            } else {
                findings.warning("text.meeting-value-missing", line.number(), "\"" + TextReader.abbreviate(line.text())
                        + "\" has no value; the meeting's " + label.field().word
                        + " is not set");
            }
            return k;
        }
        // Thành phần tham dự: the parts on the line, then a list of "- …" lines
        for (String part : v.split(";")) {
            addParticipant(part, line.number(), label.confidence());
        }
        while (k < rest.size() && Patterns.BULLET.matcher(rest.get(k).text()).matches()) {
            Line item = rest.get(k);
            StringBuilder s = new StringBuilder(item.text().replaceFirst("^[-–+•]\\s*", ""));
            int itemLast = item.number();
            take(k);
            k++;
            while (k < rest.size() && continues(s, rest.get(k).text())) {
                s.append(' ').append(rest.get(k).text());
                itemLast = rest.get(k).number();
                take(k);
                k++;
            }
            addParticipant(clean(s.toString(), itemLast), item.number(), 0.85);
        }
        if (participants.isEmpty()) {
            findings.warning("text.meeting-value-missing", line.number(), "\"" + TextReader.abbreviate(line.text())
                    + "\" is followed by no participant; none is set");
        } else {
            findings.found(Field.PARTICIPANTS.pointer, line.number(), label.confidence());
        }
        return k;
    }

    private void addParticipant(String text, int line, double confidence) {
        String p = clean(text, 0);
        if (!p.isEmpty()) {
            findings.found(Field.PARTICIPANTS.pointer + "/" + participants.size(), line, confidence);
            participants.add(p);
        }
    }

    /** @return the index after the end sentence's lines */
    private int readEnd(int i) {
        StringBuilder s = new StringBuilder(rest.get(i).text());
        int k = i + 1;
        int last = rest.get(i).number();
        while (k < rest.size() && continues(s, rest.get(k).text())) {
            s.append(' ').append(rest.get(k).text());
            last = rest.get(k).number();
            k++;
        }
        String joined = VietnameseText.collapseSpaces(s.toString());
        String lower = Fold.lower(joined);
        Matcher m = END.matcher(lower);
        if (!m.matches()) {
            return i + 1;
        }
        String raw = (lower.length() == joined.length() ? joined : lower).substring(m.start("value"));
        boolean marked = raw.strip().endsWith("/.");
        String value = clean(raw, 0);
        // Only a time: a sentence going on after it ("…, biên bản đã được thông qua") stays in the body.
        if (value.isEmpty() || value.length() > 80 || value.contains(". ") || value.contains("; ")
                || !(value.matches(".*\\d.*") || Fold.lower(value).contains("giờ"))) {
            return i + 1;
        }
        for (int j = i; j < k; j++) {
            take(j);
        }
        end = value;
        if (marked) {
            endMarkLine = last;
        }
        findings.found("/meeting/end", rest.get(i).number(), 0.85);
        return k;
    }

    /**
     * Whether the next line continues a value wrapped over lines: it starts in lower case (or with a digit after an
     * open value), or the value breaks off at a comma, a dash or a joining word. A line starting in capitals after
     * a value that could be complete ("Chủ trì: Ông Trần Văn Bình" then "Nội dung cuộc họp:") is not taken: it stays
     * in the body rather than be swallowed by the meeting.
     */
    private static boolean continues(CharSequence value, String next) {
        if (next.isEmpty() || label(next) != null || BodyParse.startsElement(next)
                || END.matcher(Fold.lower(next)).matches() || ClosingParse.isTitle(next)) {
            return false;
        }
        String v = value.toString().strip();
        if (v.isEmpty() || v.endsWith("/.")) {
            return false;
        }
        int first = next.codePointAt(0);
        char last = v.charAt(v.length() - 1);
        boolean closed = last == '.' || last == ';' || last == ':' || last == '!' || last == '?';
        if (Character.isLowerCase(first) || !closed && Character.isDigit(first)) {
            return true;
        }
        return last == ',' || last == '-' || last == '–' || last == '(' || OPEN_END.matcher(Fold.lower(v)).find();
    }

    /**
     * Drops the closing punctuation of a value (";", ".", ",") and an end mark "./.", recording the end mark.
     *
     * @param line the line of the end mark, or 0 when an end mark cannot be there
     */
    private String clean(String value, int line) {
        String v = VietnameseText.collapseSpaces(value).strip();
        if (v.endsWith("/.")) {
            v = v.substring(0, v.length() - 2);
            if (line > 0) {
                endMarkLine = line;
            }
        }
        return v.replaceAll("[.;,\\s]+$", "").strip();
    }
}
