package io.github.vanban.formats.internal.text;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.Confidentiality;
import io.github.vanban.core.component.CirculationScope;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.Urgency;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Invitation;
import io.github.vanban.core.document.Minutes;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the plain text of a real document into the model: cleans it, finds the Quốc hiệu and Tiêu ngữ (even
 * merged into the issuer's column), splits a file holding two documents, then reads the header, the body and
 * the closing. Never throws: every failure becomes a located diagnostic.
 *
 * <p>A giấy mời (Mẫu 1.7) or a biên bản (Mẫu 1.9, Phụ lục III of Nghị định 30/2020/NĐ-CP) also has its meeting
 * facts read ({@link MeetingParse}): the labelled lines "Thời gian:", "Địa điểm:", "Chủ trì:", "Thành phần tham
 * dự:", "Thư ký:" and the closing sentence "Cuộc họp … kết thúc vào …" become the document's {@code Meeting} and
 * leave the body, which keeps only the text modelled nowhere else. The two signatures of a biên bản are told apart
 * ({@link MinutesSignatures}): THƯ KÝ becomes the secretary's signature, CHỦ TỌA the closing's signature.
 */
public final class TextReader {

    private static final Pattern SPLIT_DIGITS = Pattern.compile("(?<=\\d) (?=\\d)");
    private static final Pattern PLACE_COMMA = Pattern.compile("^[^/\\d]*\\p{L}\\s*,\\s*$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<!\\p{Lu})[\\p{Ll}\\d]{2,}[.!?]\\s+\\p{Lu}");
    private static final String QUOC_HIEU = "conghoaxahoichunghiavietnam";
    private static final String TIEU_NGU = "doclaptudohanhphuc";
    private static final String PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";
    private static final String YOUTH_UNION_HEADING = "ĐOÀN TNCS HỒ CHÍ MINH";
    private static final String PARTY = "dangcongsanvietnam";
    /** The heading of the Ho Chi Minh Communist Youth Union, written in its short or its full form. */
    private static final String YOUTH_UNION = "doantncshochiminh";
    private static final String YOUTH_UNION_FULL = "doanthanhniencongsanhochiminh";
    private static final Locale VI = VietnameseText.VIETNAMESE;

    /** Names of documents outside the 29 types of Decree 30, recognised so that they can be reported. */
    private static final List<String> OTHER_TYPES = List.of("Thông tư liên tịch", "Thông tư", "Nghị định", "Luật",
            "Pháp lệnh", "Nghị quyết liên tịch", "Lệnh", "Thông báo kết luận", "Kết luận", "Quy định",
            "Hướng dẫn");

    private TextReader() {
    }

    /**
     * The outcome of reading a text: the result, the document type as written, why the document is outside Decree
     * 30 (or {@code null}), and the further documents found in the same file.
     *
     * @param result the result of the main document
     * @param typeName the type heading as written (normalised), or {@code null}
     * @param outsideDecree30 why the document is not a Decree 30 administrative document, or {@code null}
     * @param further further documents in the file (an attachment after a cover letter)
     */
    public record Reading(ReadResult result, @Nullable String typeName, @Nullable String outsideDecree30,
                          List<ReadResult> further) {
    }

    /**
     * Reads a text.
     *
     * @param text the whole input
     * @return the reading
     */
    public static Reading read(String text) {
        Findings findings = new Findings();
        try {
            if (looksBinary(text)) {
                findings.error("text.binary", 1, "the input is not text (control characters or invalid UTF-8)");
                return new Reading(new ReadResult(null, Format.TEXT, findings.diagnostics(), findings.confidence(),
                        findings.sourceLines()), null, null, List.of());
            }
            List<Line> lines = TextCleaner.clean(text, findings);
            List<Integer> anchors = new ArrayList<>();
            List<@Nullable String> party = new ArrayList<>();
            lines = removeMottos(lines, anchors, party, findings);
            int split = secondDocument(lines, anchors);
            List<Line> main = split < 0 ? lines : lines.subList(0, split);
            DocumentParse parse = new DocumentParse(main, findings, party.isEmpty() ? null : party.get(0),
                    !anchors.isEmpty() && (split < 0 || anchors.get(0) < split));
            AdministrativeDocument doc = parse.run();
            List<ReadResult> further = new ArrayList<>();
            if (split >= 0) {
                findings.warning("text.second-document", lines.get(split).number(),
                        "a second document starts here (an attachment or enclosure); it is read separately");
                Findings f2 = new Findings();
                List<Line> rest = lines.subList(split, lines.size());
                DocumentParse p2 = new DocumentParse(rest, f2, anchors.size() > 1 ? party.get(1) : null, true);
                AdministrativeDocument d2 = p2.run();
                further.add(new ReadResult(d2, Format.TEXT, f2.diagnostics(), f2.confidence(), f2.sourceLines()));
            }
            ReadResult result = new ReadResult(doc, Format.TEXT, findings.diagnostics(), findings.confidence(),
                    findings.sourceLines());
            return new Reading(result, parse.typeName, parse.outside, further);
        } catch (RuntimeException e) {
            findings.error("text.internal", 0, "the text could not be read: " + e);
            return new Reading(new ReadResult(null, Format.TEXT, findings.diagnostics(), findings.confidence(),
                    findings.sourceLines()), null, null, List.of());
        }
    }

    private static boolean looksBinary(String text) {
        int bad = 0;
        int n = Math.min(text.length(), 8192);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return n > 0 && bad * 20 > n;
    }

    private static List<Line> removeMottos(List<Line> lines, List<Integer> anchors, List<@Nullable String> party,
                                           Findings findings) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String t = line.text();
            boolean found = false;
            String folded = Fold.key(t);
            if (!folded.contains(QUOC_HIEU) && !folded.contains(PARTY) && !folded.contains(TIEU_NGU)
                    && !folded.contains(YOUTH_UNION) && !folded.contains(YOUTH_UNION_FULL)) {
                out.add(line);
                continue;
            }
            for (String needle : List.of(QUOC_HIEU, PARTY, YOUTH_UNION_FULL, YOUTH_UNION, TIEU_NGU)) {
                Fold fold = Fold.of(t);
                int[] at = fold.find(needle);
                if (at == null || !writtenAsHeading(needle, t.substring(at[0], at[1]))) {
                    continue;
                }
                found = true;
                if (!needle.equals(TIEU_NGU)) {
                    anchors.add(out.size());
                    party.add(needle.equals(PARTY) ? PARTY_HEADING : needle.startsWith("doan") ? YOUTH_UNION_HEADING
                            : null);
                }
                String before = t.substring(0, at[0]);
                String after = t.substring(at[1]);
                if (!before.isBlank() && !after.isBlank()) {
                    t = before.strip() + " " + after.strip();
                } else {
                    t = (before + after).strip();
                }
                if (!t.isEmpty() && (!before.isBlank() || !after.isBlank())) {
                    findings.repair("text.merged-columns", line.number(),
                            "separated the " + (needle.equals(TIEU_NGU) ? "Tiêu ngữ" : needle.equals(PARTY)
                                    ? "Party heading" : needle.startsWith("doan") ? "Youth Union heading"
                                    : "Quốc hiệu") + " from text merged on the same line");
                }
            }
            if (found) {
                t = t.replaceAll("^[\\s_—–\\-|.,:;]+|[\\s_—–\\-|,:;]+$", "");
            }
            out.add(line.withText(t));
        }
        return out;
    }

    /**
     * Whether a Quốc hiệu, Party heading or Tiêu ngữ found in a line is written as the heading, not named in a
     * sentence ("… Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Điều lệ Đảng Cộng sản Việt Nam", "nền độc
     * lập, tự do, hạnh phúc"): the first two stand in capitals, the Tiêu ngữ has its three words capitalised.
     */
    private static boolean writtenAsHeading(String needle, String written) {
        if (needle.equals(TIEU_NGU)) {
            return written.chars().filter(Character::isUpperCase).count() >= 3;
        }
        if (needle.startsWith("doan")) {
            // "Đoàn TNCS Hồ Chí Minh" is named in many sentences; only the heading is all in capitals
            return written.chars().noneMatch(Character::isLowerCase);
        }
        return isMostlyUpper(written);
    }

    /** @return the index where a second document starts, or -1 */
    private static int secondDocument(List<Line> lines, List<Integer> anchors) {
        if (anchors.size() < 2) {
            return -1;
        }
        int a2 = anchors.get(1);
        int closing = -1;
        for (int i = anchors.get(0); i < a2; i++) {
            if (Patterns.NOI_NHAN.matcher(lines.get(i).text()).matches() || lines.get(i).text().endsWith("/.")) {
                closing = i;
            }
        }
        if (closing < 0) {
            return -1;
        }
        int start = a2;
        int k = a2 - 1;
        int taken = 0;
        while (k > closing && taken < 4) {
            String t = lines.get(k).text();
            if (t.isEmpty()) {
                k--;
                continue;
            }
            if (!isMostlyUpper(t)) {
                break;
            }
            start = k;
            taken++;
            k--;
        }
        return start;
    }

    static boolean isMostlyUpper(String t) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper * 10 >= letters * 8;
    }

    static Optional<DocumentType> typeFromHeading(String text) {
        String t = VietnameseText.collapseSpaces(text).replaceAll("[:.]$", "");
        Optional<DocumentType> exact = DocumentType.fromName(t);
        if (exact.isPresent()) {
            return exact;
        }
        String key = Fold.key(t);
        for (DocumentType d : DocumentType.values()) {
            if (Fold.key(d.vietnameseName()).equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static @Nullable String otherType(String text) {
        String key = Fold.key(text);
        for (String o : OTHER_TYPES) {
            if (Fold.key(o).equals(key)) {
                return o;
            }
        }
        return null;
    }

    /** The parse of one document's lines. */
    static final class DocumentParse {
        private final List<Line> lines;
        private final Findings findings;
        /** The heading of a Party or Youth Union document, laid out by its own rules, or {@code null}. */
        private final @Nullable String ownRules;
        private final boolean hasMotto;
        @Nullable String typeName;
        @Nullable String outside;

        DocumentParse(List<Line> lines, Findings findings, @Nullable String ownRules, boolean hasMotto) {
            this.lines = lines;
            this.findings = findings;
            this.ownRules = ownRules;
            this.hasMotto = hasMotto;
        }

        AdministrativeDocument run() {
            int first = lines.isEmpty() ? 1 : lines.get(0).number();
            for (Line l : lines) {
                if (!l.isBlank()) {
                    first = l.number();
                    break;
                }
            }
            HeaderParse h = new HeaderParse(lines, findings);
            h.run();
            int bodyStart = h.end;
            DocumentType type = typeFromHeader(h);
            // A biên bản: the secretary's signature (THƯ KÝ) is taken out first, the chair's is left to the closing.
            MinutesSignatures signatures = type == DocumentType.BIEN_BAN
                    ? MinutesSignatures.read(lines, bodyStart, findings) : null;
            List<Line> work = signatures == null ? lines : signatures.lines();
            int closingStart = ClosingParse.findStart(work, bodyStart);
            List<Line> bodyLines = work.subList(bodyStart, closingStart);
            MeetingParse meeting = type == DocumentType.GIAY_MOI || type == DocumentType.BIEN_BAN
                    ? MeetingParse.read(bodyLines, findings) : null;
            BodyParse b = new BodyParse(meeting == null ? bodyLines : meeting.rest(), findings);
            ClosingParse c = new ClosingParse(ClosingColumns.separate(work.subList(closingStart, work.size()), findings),
                    findings);
            c.run();
            b.run(c.trailing);
            if (meeting != null && meeting.endMarkLine() > 0) {
                b.endMark(meeting.endMarkLine());
            }

            if (type == null) {
                type = b.hasArticles ? DocumentType.QUYET_DINH : DocumentType.CONG_VAN;
            }
            if (typeName == null) {
                typeName = type.vietnameseName();
            }
            if (PARTY_HEADING.equals(ownRules)) {
                outside = "a document of the Communist Party of Viet Nam (heading \"ĐẢNG CỘNG SẢN VIỆT NAM\"), laid"
                        + " out by the Party's rules, not by Decree 30";
            } else if (ownRules != null) {
                outside = "a document of the Ho Chi Minh Communist Youth Union (heading \"" + ownRules + "\"), laid"
                        + " out by the Union's rules, not by Decree 30";
            }
            if (outside != null) {
                findings.warning(PARTY_HEADING.equals(ownRules) ? "text.party-document" : ownRules != null
                        ? "text.youth-union-document" : "text.outside-decree30",
                        h.typeLine > 0 ? h.typeLine : first, "outside Decree 30: " + outside
                                + "; read as " + type.vietnameseName());
            }
            if (!hasMotto && ownRules == null) {
                findings.error("text.national-title-missing", first,
                        "no Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" and Tiêu ngữ (ô 1) in the text");
            }
            h.repairDoubledLetter(type);
            Organization issuer = h.issuer(type);
            findings.line("/header", first);
            if (issuer == null) {
                // where the header should have been: validation findings on the issuer are shown here
                findings.line("/header/issuer", first);
                findings.error("text.header-missing", first, "the issuer's header (ô 2: cơ quan chủ quản, cơ quan"
                        + " ban hành) is missing: the text starts at line " + first + " with \""
                        + abbreviate(lines.isEmpty() ? "" : firstText()) + "\"");
                String inferred = h.abbreviation(type);
                if (inferred != null) {
                    // The model keeps no issuer it cannot name; the abbreviation stays visible in the ký hiệu.
                    findings.warning("text.issuer-inferred", h.numberLine, "the ký hiệu names the issuer by its"
                            + " abbreviation \"" + inferred + "\"; its name is not in the text, so no issuer is set");
                    findings.found("/header/number/codeNotation/issuer", h.numberLine, 0.6);
                }
            }
            Header header = Header.builder().issuer(issuer).number(h.number).placeAndDate(h.placeAndDate)
                    .subject(h.subject()).confidentiality(h.confidentiality).urgency(h.urgency)
                    .circulation(h.circulation).draftMarker(h.draft).build();
            h.record(type);
            Recipients recipients = new Recipients(h.addressees, c.distribution, c.archive);
            Closing closing = new Closing(c.signature(), recipients, c.drafterMark, null);
            Body body = b.build();
            AdministrativeDocument doc = AdministrativeDocument.of(type, header, body, closing);
            if (doc instanceof Decision && h.enacting != null) {
                doc = new Decision(header, h.enacting, body, closing);
                findings.found("/enactingAuthority", h.enactingLine, h.conf(h.enactingLine));
            }
            Meeting facts = meeting == null ? null : meeting.meeting();
            if (doc instanceof Invitation && facts != null) {
                doc = new Invitation(header, facts, body, closing);
            }
            if (doc instanceof Minutes && signatures != null && (facts != null || signatures.secretary() != null)) {
                doc = new Minutes(header, facts, body, closing, signatures.secretary());
            }
            if (h.enacting != null && !(doc instanceof Decision)) {
                findings.warning("text.enacting-not-carried", h.enactingLine, "the enacting authority \""
                        + h.enacting + "\" has no place in a " + type.vietnameseName() + " of the model; not kept");
            }
            // both belong at the end of the document: that is where they are reported missing
            int last = 0;
            for (Line l : lines) {
                last = l.isBlank() ? last : l.number();
            }
            if (closing.signature() == null) {
                findings.warning("text.signature-missing", last, "no signature block (ô 7) was found");
            }
            if (recipients.distribution().isEmpty() && recipients.archive() == null) {
                findings.warning("text.recipients-missing", last, "no \"Nơi nhận\" (ô 9b) was found after the"
                        + " content");
            }
            return doc;
        }

        /** The type from the header alone: the heading, else the notation, else V/v or Kính gửi make a công văn. */
        private @Nullable DocumentType typeFromHeader(HeaderParse h) {
            DocumentType type = null;
            if (h.typeHeading != null) {
                type = typeFromHeading(h.typeHeading).orElse(null);
                String other = otherType(h.typeHeading);
                typeName = type != null ? type.vietnameseName() : other != null ? other
                        : VietnameseText.titleCase(h.typeHeading);
                if (type == null && other != null && other.startsWith("Thông báo")) {
                    type = DocumentType.THONG_BAO;
                }
                if (type == null) {
                    outside = "\"" + h.typeHeading + "\" is not one of the 29 types of Decree 30 (a legal normative"
                            + " or Party document)";
                }
            }
            if (type == null && h.subjectIsVv) {
                type = DocumentType.CONG_VAN;
            }
            if (type == null && h.number != null) {
                for (String g : h.number.notation().split("[-/]")) {
                    Optional<DocumentType> t = DocumentType.fromAbbreviation(g);
                    if (t.isPresent()) {
                        type = t.get();
                        break;
                    }
                    if (g.equals("CV")) {
                        type = DocumentType.CONG_VAN;
                        break;
                    }
                }
            }
            if (type == null && (h.subjectIsVv || !h.addressees.isEmpty() || h.typeHeading == null)) {
                type = DocumentType.CONG_VAN;
            }
            return type;
        }

        private String firstText() {
            for (Line l : lines) {
                if (!l.isBlank()) {
                    return l.text();
                }
            }
            return "";
        }
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    /** The header: issuer lines, number, place and date, type heading, subject, stamps, Kính gửi. */
    static final class HeaderParse {
        private static final Pattern EXTRA_DIGITS = Pattern.compile("^(\\d+)/(\\p{L}.*)$");
        private static final Pattern DOUBLED_LETTER = Pattern.compile("(\\p{L})\\1+");
        private static final Pattern RAW_DAY = Pattern.compile("ngày(?<j>[^\\d]{0,8}?)tháng",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern RAW_MONTH = Pattern.compile("tháng(?<j>[^\\d]{0,8}?)năm",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private final List<Line> lines;
        private final Findings findings;
        final List<Line> orgLines = new ArrayList<>();
        @Nullable DocumentNumber number;
        int numberLine;
        @Nullable PlaceAndDate placeAndDate;
        int dateLine;
        @Nullable String typeHeading;
        int typeLine;
        final List<String> subjectParts = new ArrayList<>();
        int subjectLine;
        boolean subjectIsVv;
        @Nullable String enacting;
        int enactingLine;
        /** The index in {@code lines} of the enacting authority's last line. */
        int enactingLast = -1;
        @Nullable Confidentiality confidentiality;
        @Nullable Urgency urgency;
        @Nullable CirculationScope circulation;
        boolean draft;
        final List<Recipient> addressees = new ArrayList<>();
        final List<Integer> addresseeLines = new ArrayList<>();
        int end;

        HeaderParse(List<Line> lines, Findings findings) {
            this.lines = lines;
            this.findings = findings;
        }

        double conf(int line) {
            return 0.95;
        }

        @Nullable String subject() {
            if (subjectParts.isEmpty()) {
                return null;
            }
            String s = VietnameseText.collapseSpaces(String.join(" ", subjectParts));
            return s.isEmpty() ? null : s;
        }

        void run() {
            int n = lines.size();
            int i = 0;
            boolean subjectOpen = false;
            boolean subjectBold = false;
            boolean subjectUpper = false;
            int subjectCount = 0;
            boolean afterHeading = false;
            List<Line> ignored = new ArrayList<>();
            while (i < n) {
                Line line = lines.get(i);
                String t = line.text();
                if (t.isEmpty()) {
                    if (subjectOpen && (subjectCount > 0 || typeHeading != null && !subjectIsVv)
                            && !(subjectCount == 0 && (boldTrichYeuFollows(i) || subjectAfterBlank(i + 1)))) {
                        // a blank line ends the trích yếu; one right under the type heading means there is none,
                        // unless, as in markdown where every line is a paragraph, a bold line follows, or what
                        // follows can only be a trích yếu
                        subjectOpen = false;
                    }
                    i++;
                    continue;
                }
                // "Số:" alone, the code on the next line.
                if (t.matches("(?i)^S[ốô]\\s*:?$") && i + 1 < n) {
                    t = t + " " + lines.get(i + 1).text();
                    i++;
                }
                Matcher num = Patterns.NUMBER.matcher(t);
                if (number == null && num.lookingAt()) {
                    readNumber(num, line);
                    String rest = t.substring(num.end()).strip();
                    subjectOpen = false;
                    if (!rest.isEmpty()) {
                        Matcher d = Patterns.DATE.matcher(rest);
                        if (placeAndDate == null && d.find()) {
                            readDate(rest, line);
                        } else if (Patterns.VV.matcher(rest).matches()) {
                            startVv(rest, line);
                            subjectOpen = true;
                            subjectCount = 1;
                        } else {
                            findings.warning("text.ignored", line.number(), "ignored \"" + abbreviate(rest)
                                    + "\" after the số, ký hiệu");
                        }
                    }
                    i++;
                    continue;
                }
                Matcher kg = Patterns.KINH_GUI.matcher(t);
                if (kg.matches()) {
                    i = readAddressees(i, kg.group("rest"));
                    break;
                }
                Matcher tg = Patterns.TELEGRAM.matcher(t);
                if (tg.matches() && typeHeading != null) {
                    if (enacting == null) {
                        // who sends the công điện ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"): reported, never dropped
                        enacting = tg.group("who");
                        enactingLine = line.number();
                    }
                    i = readAddressees(i, "");
                    break;
                }
                Matcher vv = Patterns.VV.matcher(t);
                if (vv.matches() && subjectParts.isEmpty()) {
                    startVv(t, line);
                    subjectOpen = true;
                    subjectCount = 1;
                    i++;
                    continue;
                }
                // "Thời gian bắt đầu: …, ngày …" of a biên bản (which has no date line) is no place and date, nor is
                // the date of a law in a căn cứ ("Căn cứ Luật … ngày 19 tháng 6 năm 2015;")
                if (placeAndDate == null && t.toLowerCase(VI).contains("ngày") && !MeetingParse.isColonLabel(t)
                        && !Patterns.LEGAL_BASIS.matcher(t).matches()) {
                    String joined = t;
                    if (!joined.toLowerCase(VI).contains("năm") && !Patterns.DATE.matcher(joined).find() && i + 1 < n) {
                        joined = joined + " " + lines.get(i + 1).text();
                    }
                    Matcher d = Patterns.DATE.matcher(joined);
                    // a date in figures is ô 4 only after a place and its comma on the same line: "… Công văn số
                    // 12/UBND-VP ngày 05/3/2025" or "… thời điểm 0 giờ ngày" / "01/01/2025." ending a wrapped V/v
                    // are a citation's or the subject's
                    if (d.find() && (number != null || orgLines.size() > 0 || i < 12) && d.group("pre").length() < 60
                            && (d.group("ny") == null || joined == t && PLACE_COMMA.matcher(d.group("pre")).matches())) {
                        if (joined != t) {
                            i++;
                        }
                        String pre = d.group("pre");
                        if (subjectOpen && subjectIsVv && !pre.isBlank() && !pre.matches(".*\\p{Lu}.*")) {
                            subjectParts.add(pre);
                        }
                        readDate(joined, line);
                        subjectOpen = subjectOpen && !subjectIsVv;
                        i++;
                        continue;
                    }
                }
                if (readStamp(t, line)) {
                    i++;
                    continue;
                }
                Optional<DocumentType> heading = typeHeading == null ? headingType(t) : Optional.empty();
                if (typeHeading == null && heading.isEmpty() && isMostlyUpper(t) && (line.bold() || number != null)) {
                    String ct = VietnameseText.collapseSpaces(t);
                    for (DocumentType d : DocumentType.values()) {
                        String name = d.heading();
                        if (ct.startsWith(name + " ") && ct.length() > name.length() + 3) {
                            typeHeading = name;
                            typeLine = line.number();
                            subjectParts.add(ct.substring(name.length() + 1));
                            subjectLine = line.number();
                            subjectCount = 1;
                            subjectUpper = true;
                            subjectOpen = true;
                            afterHeading = true;
                            findings.info("text.heading-split", line.number(), "read \"" + name
                                    + "\" as the type and the rest of the heading as the subject");
                            break;
                        }
                    }
                    if (typeHeading != null) {
                        i++;
                        continue;
                    }
                }
                String other = typeHeading == null && heading.isEmpty() ? otherHeading(t) : null;
                if (heading.isPresent() || other != null) {
                    String ht = VietnameseText.collapseSpaces(t).replaceAll("[:.]$", "");
                    String name = heading.map(DocumentType::heading).orElse(other);
                    typeHeading = ht.length() > name.length() + 1 && other != null ? name : ht;
                    typeLine = line.number();
                    if (other != null && ht.length() > other.length() + 1) {
                        // "THÔNG BÁO KẾT LUẬN CỦA …": the rest of the heading line starts the subject.
                        String rest = restAfterHeading(ht, other);
                        if (!rest.isEmpty()) {
                            subjectParts.add(rest);
                            subjectLine = line.number();
                            subjectCount = 1;
                        }
                    }
                    // a giấy giới thiệu or giấy nghỉ phép has no trích yếu: its body starts under the heading
                    subjectOpen = heading.map(d -> d.subjectRule() != DocumentType.SubjectRule.NONE).orElse(true);
                    subjectBold = false;
                    afterHeading = true;
                    i++;
                    continue;
                }
                if (subjectOpen) {
                    if (isBodyStart(t)) {
                        break;
                    }
                    boolean upper = isMostlyUpper(t);
                    if (subjectCount == 0) {
                        subjectParts.add(t);
                        subjectLine = line.number();
                        subjectBold = line.bold();
                        subjectUpper = upper;
                        subjectCount = 1;
                        i++;
                        continue;
                    }
                    boolean decisionLike = takesEnactingAuthority() && !subjectIsVv
                            && !t.matches("^(?:TM|KT|TL|TUQ|Q)\\.\\s.*") && !ClosingParse.followedByName(lines, i);
                    if (decisionLike && upper && (!subjectUpper || line.bold() != subjectBold)) {
                        enacting = t;
                        enactingLine = line.number();
                        enactingLast = i;
                        subjectOpen = false;
                        i++;
                        continue;
                    }
                    if (subjectCount >= 5 || (!subjectIsVv && upper != subjectUpper) || isSentence(t)) {
                        break;
                    }
                    subjectParts.add(t);
                    subjectCount++;
                    i++;
                    continue;
                }
                if (afterHeading) {
                    if (enacting == null && isMostlyUpper(t) && !isBodyStart(t) && takesEnactingAuthority()
                            && !t.matches("^(?:TM|KT|TL|TUQ|Q)\\.\\s.*") && !ClosingParse.followedByName(lines, i)) {
                        enacting = t;
                        enactingLine = line.number();
                        enactingLast = i;
                        i++;
                        continue;
                    }
                    if (enacting != null && continuesEnacting(t, i)) {
                        // the authority wrapped ("CHỦ TỊCH ỦY BAN NHÂN DÂN" / "XÃ HÒA BÌNH"), or a council's
                        // term and session under its name ("KHÓA X, KỲ HỌP THỨ NĂM")
                        enacting = enacting + " " + t;
                        enactingLast = i;
                        i++;
                        continue;
                    }
                    break;
                }
                if (number != null && typeHeading == null && subjectParts.isEmpty() && !isMostlyUpper(t)
                        && !isBodyStart(t) && Fold.lower(t).startsWith("về ")) {
                    startVv(t, line);
                    subjectOpen = true;
                    subjectCount = 1;
                    i++;
                    continue;
                }
                if (number == null && placeAndDate == null && typeHeading == null && subjectParts.isEmpty()) {
                    if (isBodyStart(t) || (!isMostlyUpper(t) && t.length() > 60)) {
                        break;
                    }
                    if (isMostlyUpper(t)) {
                        orgLines.add(line);
                    } else {
                        ignored.addAll(orgLines);
                        orgLines.clear();
                        ignored.add(line);
                    }
                    i++;
                    continue;
                }
                if (isMostlyUpper(t) && typeHeading == null && !isBodyStart(t) && t.length() < 80
                        && number != null && placeAndDate == null && !ClosingParse.followedByName(lines, i)) {
                    orgLines.add(line);
                    i++;
                    continue;
                }
                break;
            }
            end = i;
            for (Line l : ignored) {
                findings.warning("text.ignored", l.number(), "ignored \"" + abbreviate(l.text())
                        + "\" before the issuer's name (stamp or signature residue)");
            }
        }

        /**
         * Whether the lines from {@code from} on, after a blank line under the type heading, are its trích yếu: a
         * block of at most four lines, neither in capitals nor a start of the body, a date or a Kính gửi, that does
         * not end as a sentence or a lead-in does (a trích yếu has no full stop); and it opens with "Về" or is
         * followed by a line in capitals (the enacting authority, a stamp) or by the start of the body.
         */
        private boolean subjectAfterBlank(int from) {
            int n = lines.size();
            int j = from;
            while (j < n && lines.get(j).isBlank()) {
                j++;
            }
            int k = j;
            String last = "";
            while (k < n && !lines.get(k).isBlank() && k - j < 5) {
                String t = lines.get(k).text();
                if (isMostlyUpper(t) || isBodyStart(t) || Patterns.DATE.matcher(t).find()
                        || Patterns.KINH_GUI.matcher(t).matches() || Patterns.NUMBER.matcher(t).lookingAt()) {
                    break;
                }
                last = t;
                k++;
            }
            if (k == j || k - j > 4 || last.matches(".*[.:;!?,]$")) {
                return false;
            }
            if (Fold.lower(lines.get(j).text()).startsWith("về ")) {
                return true;
            }
            while (k < n && lines.get(k).isBlank()) {
                k++;
            }
            return k < n && (isMostlyUpper(lines.get(k).text()) || isBodyStart(lines.get(k).text()));
        }

        /**
         * Whether line {@code i} goes on with the enacting authority (thẩm quyền ban hành): a line in capitals right
         * under its last line, or a council's "KHÓA …, KỲ HỌP …" after a blank line, that starts neither the body
         * nor a signature.
         */
        private boolean continuesEnacting(String t, int i) {
            if (!isMostlyUpper(t) || isBodyStart(t) || t.length() > 80 || t.matches("^(?:TM|KT|TL|TUQ|Q)\\.\\s.*")
                    || ClosingParse.followedByName(lines, i)) {
                return false;
            }
            boolean adjacent = i == enactingLast + 1;
            String key = Fold.key(t);
            boolean session = key.startsWith("khoa") && key.contains("kyhop") || key.startsWith("kyhop");
            if (!adjacent && !session) {
                return false;
            }
            for (int k = enactingLast + 1; k < i; k++) {
                if (!lines.get(k).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The types whose heading is followed by the enacting authority (thẩm quyền ban hành). */
        private boolean takesEnactingAuthority() {
            if (typeHeading == null) {
                return false;
            }
            String k = Fold.key(typeHeading);
            return k.equals("quyetdinh") || k.equals("nghiquyet") || k.equals("chithi") || k.equals("thongtu")
                    || k.equals("thongtulientich") || k.equals("nghidinh");
        }

        private static Optional<DocumentType> headingType(String t) {
            if (!isMostlyUpper(t) || t.length() > 40) {
                return Optional.empty();
            }
            return typeFromHeading(t);
        }

        private static @Nullable String otherHeading(String t) {
            if (!isMostlyUpper(t)) {
                return null;
            }
            String ct = VietnameseText.collapseSpaces(t).replaceAll("[:.]$", "");
            String exact = otherType(ct);
            if (exact != null) {
                return VietnameseText.upperCase(exact);
            }
            return null;
        }

        private static String restAfterHeading(String ht, String heading) {
            String[] words = ht.split(" ");
            int count = heading.split(" ").length;
            StringBuilder s = new StringBuilder();
            for (int k = count; k < words.length; k++) {
                s.append(k > count ? " " : "").append(words[k]);
            }
            return s.toString();
        }

        /** A blank line under the type heading followed by a bold line that starts no body ("**Về việc …**"). */
        private boolean boldTrichYeuFollows(int blank) {
            int k = blank;
            while (k < lines.size() && lines.get(k).isBlank()) {
                k++;
            }
            return k < lines.size() && k - blank <= 2 && lines.get(k).bold() && !isBodyStart(lines.get(k).text())
                    && !isMostlyUpper(lines.get(k).text());
        }

        /**
         * A line of running text, which a trích yếu never wraps into: one that ends introducing what follows
         * ("… kết luận như sau:") or holds the end of a sentence and the start of the next ("… năm 2025. Sau khi"),
         * "TP. Hồ Chí Minh" not being one.
         */
        private static boolean isSentence(String t) {
            return t.endsWith(":") || SENTENCE_BREAK.matcher(t).find();
        }

        static boolean isBodyStart(String t) {
            return Patterns.LEGAL_BASIS.matcher(t).matches() || Patterns.ARTICLE.matcher(t).matches()
                    || Patterns.ENACTING_MARK.matcher(t).matches()
                    || Patterns.CHAPTER.matcher(t).matches()
                    || (Patterns.ROMAN.matcher(t).matches() && t.length() > 3)
                    || Patterns.ARABIC.matcher(t).matches() || Patterns.BULLET.matcher(t).matches()
                    || Patterns.NOI_NHAN.matcher(t).matches() || Patterns.ATTACHMENT.matcher(t).matches()
                    || MeetingParse.isColonLabel(t) || Patterns.INVITING.matcher(t).matches();
        }

        private void startVv(String t, Line line) {
            subjectIsVv = true;
            subjectParts.add(t.replaceFirst("^(?:V/V|v/v)", "V/v"));
            subjectLine = line.number();
        }

        private void readNumber(Matcher m, Line line) {
            String digits = m.group("num") == null ? null : m.group("num").replace(" ", "");
            String notation = m.group("not").replaceAll("\\s+", "").replaceAll("[.]+$", "");
            String junk = m.group("junk");
            Matcher extra = EXTRA_DIGITS.matcher(notation);
            if (digits != null && junk == null && extra.matches() && !isYear(extra.group(1))) {
                // "Số: 4/11/TB-HVM": a second group of digits that is not the year of a "52/2025/QĐ-…" number is
                // what is left of a garbled số, not part of the ký hiệu.
                junk = "/" + extra.group(1);
                notation = extra.group(2);
            }
            if (junk != null) {
                findings.warning("text.number-unreadable", line.number(),
                        "unreadable characters \"" + junk + "\" in the số; read " + digits);
            }
            try {
                number = new DocumentNumber(digits, notation);
                numberLine = line.number();
                double c = junk != null ? 0.4 : 0.95;
                findings.found("/header/number", line.number(), c);
                findings.found("/header/number/codeNumber", line.number(), digits == null ? 0.9 : c);
                findings.found("/header/number/codeNotation", line.number(), c);
                if (digits == null) {
                    findings.info("text.number-blank", line.number(), "the số is blank (a draft or unregistered copy)");
                }
            } catch (IllegalArgumentException e) {
                findings.error("text.number-invalid", line.number(), "cannot read the số, ký hiệu: " + e.getMessage());
            }
        }

        /**
         * Repairs a letter the OCR doubled in the type group of the ký hiệu ("QĐĐ-HVM" under a QUYẾT ĐỊNH heading),
         * only when the group is no known abbreviation and collapsing the doubled letter gives the one of the type.
         */
        void repairDoubledLetter(DocumentType type) {
            if (number == null || type.abbreviation().isEmpty()) {
                return;
            }
            String notation = number.notation();
            int dash = notation.indexOf('-');
            String first = dash < 0 ? notation : notation.substring(0, dash);
            int slash = first.lastIndexOf('/');
            String group = first.substring(slash + 1);
            String expected = type.abbreviation().get();
            if (group.equals(expected) || group.equals("CV") || DocumentType.fromAbbreviation(group).isPresent()) {
                return;
            }
            String collapsed = DOUBLED_LETTER.matcher(group).replaceAll("$1");
            if (!collapsed.equals(expected)) {
                return;
            }
            String repaired = first.substring(0, slash + 1) + collapsed + notation.substring(first.length());
            number = new DocumentNumber(number.number(), repaired);
            findings.repair("text.notation-repaired", numberLine, "read the ký hiệu \"" + notation + "\" as \""
                    + repaired + "\": a letter of \"" + expected + "\" was doubled");
        }

        private static @Nullable String rawJunk(Pattern part, String raw) {
            Matcher m = part.matcher(raw);
            if (!m.find()) {
                return null;
            }
            String junk = m.group("j").replace("*", "").replace("_", "").strip();
            return junk.isEmpty() ? null : junk;
        }

        private static boolean isYear(String digits) {
            if (digits.length() != 4) {
                return false;
            }
            int y = Integer.parseInt(digits);
            return y >= 1945 && y <= 2100;
        }

        private void readDate(String t, Line line) {
            Matcher d = Patterns.DATE.matcher(t);
            if (!d.find()) {
                return;
            }
            String place = cleanPlace(d.group("pre"));
            PartialDate date = null;
            String y = d.group("y");
            try {
                if (d.group("ny") != null) {
                    date = new PartialDate(Integer.parseInt(d.group("ny")), Integer.valueOf(d.group("nm")),
                            Integer.valueOf(d.group("nd")));
                } else if (y != null) {
                    String m = d.group("m");
                    String day = d.group("d");
                    m = m == null ? null : m.replace(" ", "");
                    day = day == null ? null : day.replace(" ", "");
                    date = new PartialDate(Integer.parseInt(y.replace(" ", "")), m == null ? null : Integer.valueOf(m),
                            day == null || m == null ? null : Integer.valueOf(day));
                    if (y.contains(" ")) {
                        findings.repair("text.split-digits", line.number(), "joined the digits of the year " + y);
                    }
                } else {
                    findings.info("text.date-blank", line.number(), "the date is blank (a draft or unregistered copy)");
                }
            } catch (IllegalArgumentException e) {
                findings.error("text.date-invalid", line.number(), "cannot read the date: " + e.getMessage());
            }
            String dayJunk = d.group("dj");
            String monthJunk = d.group("mj");
            // junk the cleaner removed ("ngày Š tháng") leaves a part looking blank: the raw line tells
            if (dayJunk == null && date != null && date.day() == null) {
                dayJunk = rawJunk(RAW_DAY, line.raw());
            }
            if (monthJunk == null && date != null && date.month() == null) {
                monthJunk = rawJunk(RAW_MONTH, line.raw());
            }
            boolean unreadable = monthJunk != null || dayJunk != null;
            if (monthJunk != null) {
                findings.warning("text.date-unreadable", line.number(), "unreadable characters \"" + monthJunk
                        + "\" where the month is written; read " + (date == null ? "no date" : date.toIsoString()));
            }
            if (dayJunk != null) {
                findings.warning("text.date-unreadable", line.number(), "unreadable characters \"" + dayJunk
                        + "\" where the day is written; read " + (date == null ? "no date" : date.toIsoString()));
            } else if (date != null && date.day() == null) {
                findings.info("text.day-blank", line.number(), "the day is blank (a draft or unregistered copy)");
            }
            String written = (place == null ? "" : place + ", ") + t.substring(d.start("pre") + d.group("pre").length(), d.end());
            if (date != null && SPLIT_DIGITS.matcher(written).find()) {
                // "ngày 1 8 tháng 11 năm 20 24": the digits the extraction split are joined in the written form too,
                // or validation would take the split for the issuer's way of writing the date
                written = SPLIT_DIGITS.matcher(written).replaceAll("");
                if (y == null || !y.contains(" ")) {
                    findings.repair("text.split-digits", line.number(), "joined the digits of the day or month");
                }
            }
            PlaceAndDate value = new PlaceAndDate(place, date, null);
            String canonical = VietnameseText.collapseSpaces(value.format());
            // The written form is kept only when it differs from the decree's form (leading zeros, comma).
            placeAndDate = canonical.equals(VietnameseText.collapseSpaces(written)) ? value
                    : new PlaceAndDate(place, date, written.strip());
            dateLine = line.number();
            findings.found("/header/placeAndDate", line.number(), 0.95);
            findings.found("/header/placeAndDate/issuedDate", line.number(), date == null ? 0.5 : unreadable ? 0.4
                    : 0.95);
        }

        private static @Nullable String cleanPlace(String pre) {
            String p = pre.strip().replaceAll("[,.\\s]+$", "");
            String[] words = p.split("\\s+");
            int startWord = words.length;
            // the place: the trailing capitalised words ("Hà Nội", "Thành phố Hồ Chí Minh")
            for (int k = words.length - 1; k >= 0; k--) {
                String w = words[k];
                if (w.isEmpty()) {
                    continue;
                }
                boolean cap = Character.isUpperCase(w.codePointAt(0));
                boolean joiner = w.equals("phố") && k > 0;
                if (cap || joiner) {
                    startWord = k;
                } else {
                    break;
                }
            }
            StringBuilder s = new StringBuilder();
            for (int k = startWord; k < words.length; k++) {
                s.append(s.length() > 0 ? " " : "").append(words[k]);
            }
            String place = s.toString().replaceAll("^[^\\p{L}]+", "");
            return place.isEmpty() ? null : place;
        }

        private boolean readStamp(String t, Line line) {
            if (!isMostlyUpper(t) && !t.equalsIgnoreCase("Dự thảo")) {
                return false;
            }
            String c = VietnameseText.collapseSpaces(t).replaceAll("[.:]$", "");
            Optional<Urgency> u = Urgency.fromStamp(c);
            if (u.isPresent()) {
                urgency = u.get();
                findings.found("/header/priority", line.number(), 0.95);
                return true;
            }
            Optional<Confidentiality> m = Confidentiality.fromStamp(c);
            if (m.isPresent()) {
                confidentiality = m.get();
                findings.found("/header/confidentiality", line.number(), 0.95);
                return true;
            }
            if (VietnameseText.sameWords(c, "DỰ THẢO") || Fold.key(c).matches("duthao(lan)?\\d*")) {
                draft = true;
                findings.found("/header/draftMarker", line.number(), 0.95);
                return true;
            }
            for (CirculationScope s : List.of(CirculationScope.INTERNAL_ONLY, CirculationScope.RETURN_AFTER_READING)) {
                if (VietnameseText.sameWords(c, s.notice())) {
                    circulation = s;
                    findings.found("/header/sphereOfPromulgation", line.number(), 0.95);
                    return true;
                }
            }
            return false;
        }

        private int readAddressees(int i, String inline) {
            int n = lines.size();
            int at = lines.get(i).number();
            String rest = inline.strip();
            int k = i + 1;
            if (!rest.isEmpty()) {
                // continuation lines of a single inline addressee
                StringBuilder s = new StringBuilder(rest);
                while (k < n && !lines.get(k).isBlank() && !endsRecipient(s.toString())
                        && !isBodyStart(lines.get(k).text()) && Character.isLowerCase(lines.get(k).text().codePointAt(0))) {
                    s.append(' ').append(lines.get(k).text());
                    k++;
                }
                String all = s.toString();
                if (all.startsWith("-") || all.startsWith("+")) {
                    addAddressee(all, at);
                } else {
                    addAddressee(all, at);
                }
                if (!(all.endsWith(";") || all.endsWith(":"))) {
                    return k;
                }
            }
            // a list of "- X;" lines
            StringBuilder cur = null;
            int curLine = 0;
            while (k < n) {
                Line l = lines.get(k);
                String t = l.text();
                if (t.isEmpty()) {
                    if (cur != null) {
                        addAddressee(cur.toString(), curLine);
                        cur = null;
                        k++;
                        break;
                    }
                    k++;
                    continue;
                }
                if (Patterns.BULLET.matcher(t).matches()) {
                    if (cur != null) {
                        addAddressee(cur.toString(), curLine);
                    }
                    cur = new StringBuilder(t);
                    curLine = l.number();
                    k++;
                    continue;
                }
                if (cur != null && !endsRecipient(cur.toString()) && !isBodyStart(t)) {
                    cur.append(' ').append(t);
                    k++;
                    continue;
                }
                break;
            }
            if (cur != null) {
                addAddressee(cur.toString(), curLine);
            }
            return k;
        }

        private static boolean endsRecipient(String s) {
            return s.endsWith(";") || s.endsWith(".");
        }

        private void addAddressee(String text, int line) {
            try {
                Recipient r = ClosingParse.recipient(text);
                String p = "/closing/recipients/addressees/" + addressees.size();
                addressees.add(r);
                addresseeLines.add(line);
                findings.found(p, line, 0.9);
            } catch (io.github.vanban.core.ParseException e) {
                findings.warning("text.addressee-unreadable", line, e.getMessage());
            }
        }

        @Nullable Organization issuer(DocumentType type) {
            List<String> names = new ArrayList<>();
            for (Line l : orgLines) {
                String t = l.text().replaceAll("^[^\\p{L}\\d(]+|[^\\p{L}\\d).]+$", "").strip();
                if (t.isEmpty()) {
                    continue;
                }
                String prevName = names.isEmpty() ? "" : names.get(names.size() - 1);
                if (!names.isEmpty() && (startsWithPlaceLevel(t) || prevName.endsWith(" VÀ") || prevName.endsWith("-")
                        || prevName.endsWith("&") || prevName.endsWith(" CỦA"))) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + " " + t);
                } else {
                    names.add(t);
                }
            }
            String abbreviation = abbreviation(type);
            if (names.isEmpty()) {
                return null;
            }
            String name = names.get(names.size() - 1);
            String parent = names.size() > 1 ? String.join(" ", names.subList(0, names.size() - 1)) : null;
            return new Organization(name, parent, abbreviation, null);
        }

        @Nullable String abbreviation(DocumentType type) {
            if (number == null) {
                return null;
            }
            String[] groups = number.notation().split("[-/]");
            if (groups.length == 0) {
                return null;
            }
            if (type == DocumentType.CONG_VAN) {
                return groups[0].matches("\\d{4}") && groups.length > 1 ? groups[1] : groups[0];
            }
            for (int k = 0; k < groups.length - 1; k++) {
                if (DocumentType.fromAbbreviation(groups[k]).isPresent() || groups[k].matches("[A-ZĐ]{1,3}")
                        && !groups[k].matches("\\d+")) {
                    return groups[k + 1];
                }
            }
            return groups[groups.length - 1];
        }

        private static boolean startsWithPlaceLevel(String t) {
            String k = Fold.key(t.split(" ")[0] + (t.contains(" ") ? " " + t.split(" ")[1] : ""));
            return k.startsWith("tinh") || k.startsWith("thanhpho") || k.startsWith("huyen") || k.startsWith("quan")
                    || k.startsWith("thixa") || k.startsWith("xa") || k.startsWith("phuong") || k.startsWith("dackhu")
                    || k.startsWith("thitran") || k.startsWith("tp") || k.startsWith("trunguong");
        }

        void record(DocumentType type) {
            if (!orgLines.isEmpty()) {
                int first = orgLines.get(0).number();
                int last = orgLines.get(orgLines.size() - 1).number();
                findings.found("/header/issuer", first, 0.9);
                findings.found("/header/issuer/organName", last, 0.9);
                if (orgLines.size() > 1) {
                    findings.found("/header/issuer/organizationInCharge", first, 0.85);
                }
            }
            if (!subjectParts.isEmpty()) {
                findings.found("/header/subject", subjectLine, subjectParts.size() > 4 ? 0.6 : 0.9);
            }
            if (typeLine > 0) {
                findings.found("/type", typeLine, 0.95);
            } else {
                findings.found("/type", numberLine, number != null ? 0.7 : 0.4);
            }
        }
    }
}
