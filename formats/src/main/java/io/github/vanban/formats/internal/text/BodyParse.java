package io.github.vanban.formats.internal.text;

import io.github.vanban.core.ParseException;
import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.Chapter;
import io.github.vanban.core.body.Clause;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.body.Part;
import io.github.vanban.core.body.Point;
import io.github.vanban.core.body.Section;
import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.component.Attachment;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.text.VietnameseText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The body: legal bases, the tree of articles, clauses, points or numbered items, citations, attachments. */
final class BodyParse {

    private static final List<String> TASK_VERBS = List.of("rà soát", "tham mưu", "xây dựng", "tổ chức",
            "triển khai", "thực hiện", "nghiên cứu", "báo cáo", "hướng dẫn", "kiểm tra", "theo dõi", "đôn đốc",
            "tổng hợp", "đề xuất", "chuẩn bị", "lập", "soạn thảo", "cập nhật", "phổ biến", "tuyên truyền",
            "khảo sát", "đánh giá", "thẩm định", "giải quyết", "xử lý", "bố trí", "cung cấp", "hoàn thiện",
            "hoàn thành", "trình", "ban hành", "quản lý", "phân công", "chỉ đạo", "thống nhất", "tiếp nhận",
            "giám sát", "điều phối", "sửa đổi", "bổ sung", "tập trung", "khẩn trương", "chủ động", "kiểm soát",
            "rà", "xác định", "phân bổ", "bảo đảm", "đảm bảo", "quán triệt", "thông báo", "gửi", "tiếp tục",
            "hỗ trợ", "ứng phó", "khắc phục", "phòng, chống", "phòng chống", "sơ tán", "tham gia", "vận động",
            "kiện toàn", "đẩy mạnh", "tăng cường", "nâng cao", "tiến hành", "thành lập", "điều tra", "thanh tra",
            "thu thập", "sắp xếp", "bàn giao", "phê duyệt", "thẩm tra", "lấy ý kiến", "tiếp thu", "chỉnh lý",
            "hoàn chỉnh", "công bố", "thúc đẩy", "duy trì", "bồi dưỡng", "đào tạo", "vận hành", "cử", "làm việc",
            "phát động", "phát hiện", "ngăn chặn", "khen thưởng", "xét", "tham dự");

    private final List<Line> lines;
    private final Findings findings;
    boolean hasArticles;
    private final List<LegalBasis> legalBases = new ArrayList<>();
    private final List<Integer> basisLines = new ArrayList<>();
    private final List<Node> roots = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final Map<String, DocumentReference> references = new LinkedHashMap<>();
    private final List<Appendix> appendices = new ArrayList<>();
    private boolean endMark;

    /** A mutable element while the tree is built. */
    private static final class Node {
        final String kind;
        final String label;
        String text;
        final int line;
        final int level;
        final List<Node> children = new ArrayList<>();

        Node(String kind, String label, String text, int line, int level) {
            this.kind = kind;
            this.label = label;
            this.text = text;
            this.line = line;
            this.level = level;
        }
    }

    /** A paragraph of the input: wrapped lines joined. */
    record Para(int line, String text) {
    }

    BodyParse(List<Line> lines, Findings findings) {
        this.lines = lines;
        this.findings = findings;
    }

    static List<Para> paragraphs(List<Line> lines, Findings findings) {
        List<Para> out = new ArrayList<>();
        StringBuilder cur = null;
        int curLine = 0;
        boolean curBold = false;
        int joined = 0;
        for (Line l : lines) {
            String t = l.text();
            if (t.isEmpty()) {
                if (cur != null) {
                    out.add(new Para(curLine, cur.toString()));
                    cur = null;
                }
                continue;
            }
            if (cur != null && continues(cur.toString(), t, curBold, l.bold())) {
                cur.append(' ').append(t);
                joined++;
                continue;
            }
            if (cur != null) {
                out.add(new Para(curLine, cur.toString()));
            }
            cur = new StringBuilder(t);
            curLine = l.number();
            curBold = l.bold();
        }
        if (cur != null) {
            out.add(new Para(curLine, cur.toString()));
        }
        if (joined > 0 && !lines.isEmpty()) {
            findings.repair("text.hard-wraps", lines.get(0).number(), "joined " + joined
                    + " hard-wrapped line(s) into their paragraphs");
        }
        return out;
    }

    /** A label of at most four words opening a line, then a colon and its value: "Chức vụ: …", "Được cử đến: …". */
    private static final java.util.regex.Pattern FIELD_LABEL =
            java.util.regex.Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s\\p{Ll}+){0,3}\\s*:\\s*\\S");

    private static boolean continues(String prev, String t, boolean prevBold, boolean bold) {
        if (startsElement(t)) {
            return false;
        }
        if (prevBold != bold) {
            return false;
        }
        // "1. Thời gian kiểm tra" / "Từ ngày 22/12/2025 …": a short numbered heading without a final stop is
        // followed by its first sentence, not wrapped into it (a hard wrap leaves a line far longer); but a unit
        // heading followed by its part ("3. Phòng Kế hoạch - Tài chính" / "Chủ trì, phối hợp …") is one assignment
        if (prev.length() <= 50 && NUMBERED.matcher(prev).matches()
                && Character.isLetterOrDigit(prev.codePointBefore(prev.length()))
                && Character.isUpperCase(t.codePointAt(0)) && !ROLE.matcher(t).lookingAt()) {
            return false;
        }
        // a row of a markdown table ("1 | Máy chủ | 02 | 250.000.000") is a line of its own: rows are never joined
        if (t.contains(" | ") || prev.contains(" | ")) {
            return false;
        }
        // "I. SỰ CẦN THIẾT" / "Trụ sở xây dựng năm 2005, …": a heading in capitals is followed, not continued, by a
        // sentence in ordinary case
        if (TextReader.isMostlyUpper(prev) && prev.codePoints().filter(Character::isLetter).count() >= 6
                && !TextReader.isMostlyUpper(t) && Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        // "Ông: Đỗ Minh Tuấn" / "Chức vụ: Chuyên viên": each labelled value of a form (giấy giới thiệu, giấy ủy
        // quyền) stands on its own line
        if (FIELD_LABEL.matcher(prev).lookingAt() && FIELD_LABEL.matcher(t).lookingAt()) {
            return false;
        }
        // "(Có hồ sơ kèm theo)": a remark in parentheses on its own line is a paragraph of its own
        if (prev.startsWith("(") && prev.endsWith(")") && Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        char last = prev.charAt(prev.length() - 1);
        if (last == '.' || last == ':' || last == ';' || last == '!' || last == '?') {
            int cp = t.codePointAt(0);
            return !(Character.isUpperCase(cp) || Character.isDigit(cp) || cp == '(' || cp == '“' || cp == '"');
        }
        return true;
    }

    /** A line opening with the label of a numbered element: "1.", "1.2.", "II.", "a)". */
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\s*[.)]|[IVXL]{1,5}\\s*[.\\-–/]"
            + "|[a-zđ]\\s*\\))\\s*\\p{L}.*");
    /** The part a unit takes in an assignment, opening the line under the unit's name. */
    private static final Pattern ROLE = Pattern.compile("(?iu)(?:chủ trì|phối hợp|tham mưu|là cơ quan)(?!\\p{L})");

    static boolean startsElement(String t) {
        return Patterns.ARTICLE.matcher(t).matches() || Patterns.CHAPTER.matcher(t).matches()
                || Patterns.SECTION.matcher(t).matches() || Patterns.PART.matcher(t).matches()
                || (Patterns.ROMAN.matcher(t).matches() && t.length() > 3) || Patterns.ARABIC.matcher(t).matches()
                || Patterns.ARABIC_BARE.matcher(t).matches()
                || Patterns.LETTER.matcher(t).matches() || Patterns.BULLET.matcher(t).matches()
                || Patterns.BASIS_STRICT.matcher(t).matches() || Patterns.ENACTING_MARK.matcher(t).matches()
                || Patterns.ATTACHMENT.matcher(t).matches();
    }

    void run(List<Line> trailing) {
        List<Para> paras = paragraphs(lines, findings);
        boolean contentStarted = false;
        Node[] stack = new Node[8];
        int depth = 0;
        for (Para p : paras) {
            String t = p.text();
            if (Patterns.ENACTING_MARK.matcher(t).matches()) {
                findings.line("/body/content", p.line());
                continue;
            }
            // "Căn cứ Chỉ thị số …, Bộ Giáo dục và Đào tạo hướng dẫn … như sau:" leads into the content of a công văn,
            // a kế hoạch or a báo cáo: a căn cứ never ends with a colon
            if (!contentStarted && Patterns.BASIS_STRICT.matcher(t).matches() && !t.endsWith(":")) {
                LegalBasis basis = new LegalBasis(t, basisReference(t));
                String ptr = "/body/legalBases/" + legalBases.size();
                legalBases.add(basis);
                basisLines.add(p.line());
                findings.found(ptr, p.line(), 0.9);
                collectReferences(t, p.line());
                continue;
            }
            Matcher at = Patterns.ATTACHMENT.matcher(t);
            if (at.matches() && t.length() < 400) {
                String desc = at.group("body").replaceAll("[./]+$", "").strip();
                DocumentReference ref = firstReference(desc);
                String ptr = "/body/attachments/" + attachments.size();
                attachments.add(new Attachment(desc, ref));
                findings.found(ptr, p.line(), 0.85);
                collectReferences(desc, p.line());
                if (t.endsWith("/.")) {
                    endMark = true;
                }
                continue;
            }
            contentStarted = true;
            if (t.endsWith("./.") || t.endsWith("/.")) {
                endMark = true;
                t = t.substring(0, t.length() - 2).stripTrailing();
                if (!t.endsWith(".")) {
                    t = t + ".";
                }
                findings.line("/body/endMark", p.line());
            }
            collectReferences(t, p.line());
            Node node = classify(t, p.line(), depth > 0 ? stack : null, depth);
            // place the node in the tree
            if (node.level == 0) {
                // a paragraph or bullet: child of the open element, or top level
                if (depth > 0 && (node.kind.equals("bullet") || keepsChildren(stack[depth - 1]))) {
                    stack[depth - 1].children.add(node);
                } else {
                    // a sentence after the clauses or points of an article ("Điều 1. Tặng Bằng khen cho:" / "a) …;"
                    // / "b) ….", then "Đã có thành tích xuất sắc …") still belongs to the article
                    int holder = depth - 1;
                    while (holder >= 0 && !isDivision(stack[holder])) {
                        holder--;
                    }
                    if (holder >= 0) {
                        stack[holder].children.add(node);
                        depth = holder + 1;
                    } else {
                        roots.add(node);
                        depth = 0;
                    }
                }
                continue;
            }
            while (depth > 0 && stack[depth - 1].level >= node.level) {
                depth--;
            }
            if (depth == 0) {
                roots.add(node);
            } else {
                stack[depth - 1].children.add(node);
            }
            if (depth < stack.length) {
                stack[depth++] = node;
            }
        }
        if (!trailing.isEmpty()) {
            readAppendix(trailing);
        }
    }

    private static boolean isDivision(Node open) {
        return open.kind.equals("article") || open.kind.equals("chapter") || open.kind.equals("section")
                || open.kind.equals("part");
    }

    private static boolean keepsChildren(Node open) {
        if (!open.children.isEmpty() || open.kind.equals("article") || open.kind.equals("chapter")
                || open.kind.equals("section") || open.kind.equals("part")) {
            return true;
        }
        String t = open.text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return last == ':' || (last != '.' && last != ';' && last != '!' && last != '?');
    }

    private Node classify(String t, int line, Node @Nullable [] stack, int depth) {
        Matcher m = Patterns.ARTICLE.matcher(t);
        if (m.matches()) {
            hasArticles = true;
            return new Node("article", m.group("n"), m.group("rest"), line, 4);
        }
        m = Patterns.PART.matcher(t);
        if (m.matches()) {
            return new Node("part", m.group("n"), m.group("rest"), line, 1);
        }
        m = Patterns.CHAPTER.matcher(t);
        if (m.matches()) {
            return new Node("chapter", m.group("n"), m.group("rest"), line, 2);
        }
        m = Patterns.SECTION.matcher(t);
        if (m.matches()) {
            return new Node("section", m.group("n"), m.group("rest"), line, 3);
        }
        boolean inArticle = false;
        for (int k = 0; k < depth; k++) {
            if (stack != null && stack[k].kind.equals("article")) {
                inArticle = true;
            }
        }
        m = Patterns.ROMAN.matcher(t);
        if (m.matches() && t.length() > 3 && !inArticle) {
            return new Node("item", m.group("n"), m.group("rest"), line, 5);
        }
        m = Patterns.ARABIC.matcher(t);
        if (!m.matches()) {
            m = Patterns.ARABIC_BARE.matcher(t);
        }
        if (m.matches()) {
            String label = m.group("n");
            int dots = label.length() - label.replace(".", "").length();
            if (inArticle && dots == 0) {
                return new Node("clause", label, m.group("rest"), line, 6);
            }
            return new Node("item", label, m.group("rest"), line, 6 + dots);
        }
        m = Patterns.LETTER.matcher(t);
        if (m.matches()) {
            return new Node(inArticle ? "point" : "item", m.group("n"), m.group("rest"), line, 10);
        }
        m = Patterns.BULLET.matcher(t);
        if (m.matches()) {
            return new Node("bullet", "", t, line, 0);
        }
        return new Node("paragraph", "", t, line, 0);
    }

    private static final Pattern APPENDIX_HEADING =
            Pattern.compile("^(?:PHỤ LỤC|Phụ lục)\\s*(?<n>[IVXLC\\d.]+)?\\s*[:.]?\\s*(?<rest>.*)$");

    /**
     * Text after the closing: a phụ lục ("PHỤ LỤC I", title in capitals, "(Kèm theo … )") or a document issued
     * with this one ("QUY CHẾ", its trích yếu, "(Ban hành kèm theo Quyết định số …)"). The head is read line by
     * line — heading, title lines in capitals, a trích yếu, the reference line — before the rest is joined into
     * paragraphs; an attached document's trích yếu becomes the first paragraph, so the title stays the heading.
     */
    private void readAppendix(List<Line> trailing) {
        List<Line> lines = new ArrayList<>();
        for (Line l : trailing) {
            if (!lines.isEmpty() || !l.isBlank()) {
                lines.add(l);
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        int line = lines.get(0).number();
        String number = null;
        List<String> title = new ArrayList<>();
        List<String> subtitle = new ArrayList<>();
        String reference = null;
        int k = 0;
        Matcher m = APPENDIX_HEADING.matcher(lines.get(0).text());
        if (m.matches()) {
            number = m.group("n");
            if (!m.group("rest").isBlank()) {
                title.add(m.group("rest"));
            }
            k++;
        }
        while (k < lines.size() && !lines.get(k).isBlank() && TextReader.isMostlyUpper(lines.get(k).text())
                && !isReferenceLine(lines.get(k).text()) && title.size() < 4) {
            title.add(lines.get(k).text());
            k++;
        }
        // a trích yếu under the title, when a reference line follows within three lines
        for (int j = k; j < Math.min(lines.size(), k + 4); j++) {
            if (lines.get(j).isBlank()) {
                break;
            }
            if (isReferenceLine(lines.get(j).text())) {
                for (int s = k; s < j; s++) {
                    subtitle.add(lines.get(s).text());
                }
                reference = lines.get(j).text().strip().replaceAll("^\\(|\\)$", "");
                k = j + 1;
                break;
            }
        }
        List<String> content = new ArrayList<>();
        if (!subtitle.isEmpty()) {
            content.add(String.join(" ", subtitle));
        }
        List<Para> paras = paragraphs(lines.subList(k, lines.size()), findings);
        for (Para p : paras) {
            if (title.isEmpty()) {
                title.add(p.text());
            } else {
                content.add(p.text());
            }
        }
        String heading = title.isEmpty() ? "Phụ lục" : String.join(" ", title);
        findings.warning("text.appendix", line, "read the text after the closing, from line " + line + ", as an"
                + " appendix \"" + TextReader.abbreviate(heading) + "\"");
        findings.found("/body/appendixes/" + appendices.size(), line, 0.5);
        appendices.add(new Appendix(number, heading, reference, content));
    }

    /** "(Kèm theo Công văn số …)", "(Ban hành kèm theo Quyết định số …)". */
    private static boolean isReferenceLine(String t) {
        String s = t.strip();
        return s.startsWith("(") && Fold.key(s.length() > 40 ? s.substring(0, 40) : s).contains("kemtheo");
    }

    /**
     * The document a căn cứ cites: a law by name ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm
     * 2015;" gives "Luật", the name and the date), else the first citation with a number.
     */
    private static @Nullable DocumentReference basisReference(String text) {
        Matcher m = Patterns.NAMED_CITATION.matcher(text);
        if (m.lookingAt() && Fold.lower(m.group("name")).startsWith("sửa đổi")) {
            m = Patterns.NAMED_CITATION_AMENDING.matcher(text);
        }
        if (m.lookingAt()) {
            String code = m.group("code");
            String citation = m.group("type") + " " + m.group("name").strip()
                    + (code == null ? "" : " số " + code.replaceAll("\\s+", ""))
                    + (m.group("date") == null ? "" : " ngày " + m.group("date"));
            try {
                return DocumentReference.parse(citation);
            } catch (ParseException e) {
                // not a name the model reads back (a name with "số 5" in it, say): look for a numbered citation
            }
        }
        return firstReference(text);
    }

    private static @Nullable DocumentReference firstReference(String text) {
        Matcher m = Patterns.CITATION.matcher(text);
        return m.find() ? reference(text, m) : null;
    }

    private void collectReferences(String text, int line) {
        Matcher m = Patterns.CITATION.matcher(text);
        while (m.find()) {
            DocumentReference r = reference(text, m);
            if (r != null && r.number() != null) {
                String key = r.number().code();
                if (!references.containsKey(key)) {
                    findings.found("/body/references/" + references.size(), line, 0.85);
                    references.put(key, r);
                }
            }
        }
    }

    /**
     * The trích yếu that follows a citation in running text, up to {@link Patterns#TITLE_END}: " về việc triển khai
     * …" after "Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh"; empty when none follows.
     */
    private static String titleTail(String text, int from) {
        String rest = text.substring(from);
        Matcher end = Patterns.TITLE_END.matcher(rest);
        String tail = (end.find() ? rest.substring(0, end.start()) : rest).stripTrailing();
        return tail.length() > 400 || !tail.startsWith(" ") ? "" : tail;
    }

    private static @Nullable DocumentReference reference(String text, Matcher m) {
        String type = m.group("type");
        String code = m.group("code").replaceAll("\\s+", "");
        String date = m.group("date");
        String issuer = m.group("issuer");
        String citation = type + " số " + code + (date == null ? "" : " ngày " + date)
                + (issuer == null ? "" : " của " + issuer.strip());
        String tail = titleTail(text, m.end());
        if (!tail.isEmpty()) {
            try {
                // the trích yếu is kept only where the model reads one: "về …", "quy định …" after the issuer
                DocumentReference r = DocumentReference.parse(citation + tail);
                String read = issuer == null ? null : VietnameseText.collapseSpaces(VietnameseText.nfc(issuer.strip()));
                // the issuer read above stops at "và" ("Bộ Giáo dục" of "Bộ Giáo dục và Đào tạo"): "và" and words
                // without a number or "của" that the model reads as the issuer's stay with it
                boolean sameIssuer = read == null ? r.issuer() == null
                        : r.issuer() != null && ((read + " ").startsWith(r.issuer() + " ")
                        || r.issuer().startsWith(read + " và ")
                        && !r.issuer().substring(read.length()).matches(".*(?:\\d|\\bcủa\\b).*"));
                if (r.title() != null && sameIssuer) {
                    return new DocumentReference(r.type(), VietnameseText.nfc(type.strip()), r.number(), r.date(),
                            r.issuer(), r.title());
                }
            } catch (ParseException e) {
                // read without the trích yếu below
            }
        }
        try {
            DocumentReference r = DocumentReference.parse(citation);
            return new DocumentReference(r.type(), VietnameseText.nfc(type.strip()), r.number(), r.date(), r.issuer(),
                    r.title());
        } catch (ParseException e) {
            // Party form "1055-KH/BCĐ": number, then the type and issuer groups
            Matcher p = Pattern.compile("(?<n>\\d+)-(?<not>.+)").matcher(code);
            DocumentNumber number = null;
            if (p.matches()) {
                try {
                    number = new DocumentNumber(p.group("n"), p.group("not"));
                } catch (IllegalArgumentException ignored) {
                    number = null;
                }
            }
            LocalDate d = null;
            if (date != null) {
                Matcher dm = Pattern.compile("(\\d{1,2})\\D+(\\d{1,2})\\D+(\\d{4})").matcher(date);
                if (dm.find()) {
                    try {
                        d = LocalDate.of(Integer.parseInt(dm.group(3)), Integer.parseInt(dm.group(2)),
                                Integer.parseInt(dm.group(1)));
                    } catch (DateTimeException ex) {
                        d = null;
                    }
                }
            }
            if (number == null) {
                return null;
            }
            return new DocumentReference(DocumentType.fromName(type).orElse(null), type, number, d, issuer);
        }
    }

    static @Nullable Assignment assignment(String text) {
        String lower = Fold.lower(text);
        int at = lower.indexOf("chủ trì");
        if (at <= 0) {
            return null;
        }
        String before = text.substring(0, at);
        int sentence = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")), before.lastIndexOf(": "));
        int giao = Fold.lower(before).lastIndexOf("giao ");
        int from = Math.max(sentence + 2, giao >= 0 ? giao + 5 : 0);
        if (sentence < 0 && giao < 0) {
            from = 0;
        }
        String lead = before.substring(Math.min(from, before.length())).strip()
                .replaceFirst("^(?i)(cho|đề nghị|yêu cầu)\\s+", "").replaceAll("[,\\s]+$", "");
        if (lead.isEmpty() || lead.length() > 120) {
            return null;
        }
        String rest = text.substring(at + "chủ trì".length()).replaceFirst("^[,\\s]+", "");
        int stop = rest.indexOf(". ");
        if (stop > 0) {
            rest = rest.substring(0, stop + 1);
        }
        List<String> coordinators = new ArrayList<>();
        String task = rest;
        Matcher ph = Pattern.compile("^(?:và\\s+)?phối hợp(?:\\s+với)?\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(rest);
        if (ph.lookingAt()) {
            String after = rest.substring(ph.end());
            int verb = firstVerb(after);
            String coords = verb > 0 ? after.substring(0, verb) : after;
            task = verb > 0 ? after.substring(verb) : "";
            for (String c : coords.split("\\s+và\\s+|,\\s+(?=\\p{Lu}|các\\s)|;\\s*")) {
                String s = c.strip().replaceAll("[,.;:\\s]+$", "");
                if (!s.isEmpty()) {
                    coordinators.add(s);
                }
            }
        }
        task = task.strip().replaceAll("[.;:\\s]+$", "");
        LocalDate due = null;
        String deadline = null;
        Matcher d = Patterns.DUE_DATE.matcher(task);
        if (d.find()) {
            try {
                due = LocalDate.of(Integer.parseInt(d.group("y")), Integer.parseInt(d.group("m")),
                        Integer.parseInt(d.group("d")));
            } catch (DateTimeException e) {
                deadline = d.group();
            }
        } else {
            Matcher dt = Patterns.DEADLINE_TEXT.matcher(task);
            if (dt.find()) {
                deadline = dt.group("text").strip();
            }
        }
        String reportTo = null;
        Matcher r = Pattern.compile("báo cáo(?: kết quả)?(?: về)?\\s+(?<to>\\p{Lu}[^,;.()]*?)(?=\\s+(?:trước|để|xem xét|theo)\\b|[,;.()]|$)")
                .matcher(task);
        if (r.find() && !task.startsWith("báo cáo")) {
            reportTo = r.group("to").strip();
        }
        return new Assignment(lead, coordinators, task, due, deadline, reportTo);
    }

    /**
     * Where the task starts after the coordinators: the first task verb written in lower case, so that the same
     * words inside a name ("Phòng Đào tạo", "Ban Quản lý", "Thanh tra tỉnh") do not end the coordinator.
     */
    private static int firstVerb(String s) {
        String lower = s;
        int best = -1;
        for (String v : TASK_VERBS) {
            int from = 0;
            while (true) {
                int i = lower.indexOf(v + " ", from);
                if (i < 0) {
                    break;
                }
                boolean wordStart = i == 0 || lower.charAt(i - 1) == ' ';
                if (wordStart && i > 0) {
                    if (best < 0 || i < best) {
                        best = i;
                    }
                    break;
                }
                from = i + 1;
            }
        }
        return best;
    }

    /**
     * Records the end mark "./." found on a line read outside the body's content (the closing sentence of a biên
     * bản, "Cuộc họp kết thúc vào …/.").
     *
     * @param line the line of the end mark
     */
    void endMark(int line) {
        endMark = true;
        findings.line("/body/endMark", line);
    }

    Body build() {
        Body.Builder b = Body.builder();
        legalBases.forEach(b::legalBasis);
        for (int k = 0; k < roots.size(); k++) {
            b.add(toElement(roots.get(k), "/body/content/" + k));
        }
        references.values().forEach(b::reference);
        attachments.forEach(b::attachment);
        appendices.forEach(b::appendix);
        return b.endMark(endMark).build();
    }

    private BodyElement toElement(Node n, String pointer) {
        List<BodyElement> children = new ArrayList<>();
        for (int k = 0; k < n.children.size(); k++) {
            children.add(toElement(n.children.get(k), pointer + "/children/" + k));
        }
        findings.found(pointer, n.line, 0.8);
        String text = VietnameseText.collapseSpaces(n.text);
        Assignment a = n.kind.equals("article") || n.kind.equals("chapter") || n.kind.equals("part")
                || n.kind.equals("section") ? null : assignment(text);
        if (a != null) {
            findings.found(pointer + "/assignment", n.line, 0.6);
        }
        switch (n.kind) {
            case "article":
                return new Article(n.label, text, children);
            case "part":
                return new Part(n.label, text, children);
            case "chapter":
                return new Chapter(n.label, text, children);
            case "section":
                return new Section(n.label, text, children);
            case "clause":
                return new Clause(n.label, text, a, children);
            case "point":
                return new Point(n.label, text, a, children);
            case "item":
                return new NumberedItem(n.label, text, a, children);
            default:
                return new Paragraph(text, a);
        }
    }
}
