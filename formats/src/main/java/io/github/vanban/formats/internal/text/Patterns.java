package io.github.vanban.formats.internal.text;

import java.util.regex.Pattern;

/** The regular expressions of the text reader, in one place. */
final class Patterns {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final Pattern NUMBER = Pattern.compile(
            "^(?:S[ốôóòoỐÔÓÒO]|SỐ)\\s*[:.;]?\\s*\\.?\\s*(?<num>\\d(?:\\s?\\d)*)?\\s*(?<junk>[^\\s/\\-]{1,3})?\\s*"
                    + "(?<sep>[/-])\\s*(?<not>[\\p{L}\\d&.]+(?:\\s*[-/]\\s*[\\p{L}\\d&.]+)*)", CI);
    /**
     * The date of ô 4, in words ("ngày 05 tháng 3 năm 2025", parts may be blank or illegible) or in figures
     * ("ngày 05/3/2025", "ngày 05-3-2025", "ngày 05.3.2025": groups nd, nm, ny; only at the end of the line, since a
     * date in figures inside a sentence or a wrapped V/v is a citation's).
     */
    static final Pattern DATE = Pattern.compile(
            "(?<pre>^|.*?[\\s,.])ngày\\s*(?:(?<nd>\\d{1,2})\\s*(?<ns>[/.\\-])\\s*(?<nm>\\d{1,2})\\s*\\k<ns>\\s*"
                    + "(?<ny>\\d{4})(?=[\\s.,;]*$)|(?<d>\\d(?:\\s?\\d)?)?(?:\\s*(?<dj>[^\\s\\d]{1,4}))?\\s*tháng\\s*"
                    + "(?<m>\\d(?:\\s?\\d)?)?(?:\\s*(?<mj>[^\\s\\d]{1,4}))?\\s*năm\\s*(?<y>\\d(?:\\s?\\d){3})?)", CI);
    static final Pattern VV = Pattern.compile("^(?:V/v|V/V|v/v|Về việc:)\\s*(?<rest>.*)$");
    /** The inviting sentence of a giấy mời (Mẫu 1.7): "Sở Tài chính trân trọng kính mời:". */
    static final Pattern INVITING = Pattern.compile("^.{0,160}?\\bkính mời\\s*:.*$", CI);
    static final Pattern KINH_GUI = Pattern.compile("^K[íi]nh\\s*g[ửu]i\\s*:?\\s*(?<rest>.*)$", CI);
    static final Pattern TELEGRAM = Pattern.compile("^(?<who>.+?)\\s+điện\\s*:\\s*$", CI);
    static final Pattern NOI_NHAN = Pattern.compile("^N[ơo]i\\s*nh[ậa]n\\s*:?\\s*(?<rest>.*)$", CI);
    static final Pattern ARCHIVE = Pattern.compile("^[-–+•]?\\s*L[ưu]u\\s*(?::|\\s)\\s*(?<rest>.*)$", CI);
    static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(?<n>\\d+)\\s*[.:]?\\s*(?<rest>.*)$");
    static final Pattern CHAPTER = Pattern.compile("^Chương\\s+(?<n>[IVXLC]+|\\d+)\\s*[.:]?\\s*(?<rest>.*)$", CI);
    static final Pattern SECTION = Pattern.compile("^Mục\\s+(?<n>[IVXLC]+|\\d+)\\s*[.:]?\\s*(?<rest>.*)$");
    static final Pattern PART = Pattern.compile("^Phần\\s+(?<n>[IVXLC]+|\\d+|thứ \\p{L}+)\\s*[.:]?\\s*(?<rest>.*)$");
    static final Pattern ROMAN = Pattern.compile("^(?<n>[IVXL]{1,5})\\s*[.\\-–/]\\s*(?<rest>.*)$");
    static final Pattern ARABIC = Pattern.compile("^(?<n>\\d{1,2}(?:\\.\\d{1,2}){0,3})\\s*[.)]\\s*(?<rest>.*)$");
    static final Pattern ARABIC_BARE = Pattern.compile("^(?<n>\\d{1,2}(?:\\.\\d{1,2}){1,3})\\s+(?<rest>\\p{Lu}.*)$");
    static final Pattern LETTER = Pattern.compile("^(?<n>[a-zđ])\\s*\\)\\s*(?<rest>.*)$");
    static final Pattern BULLET = Pattern.compile("^[-–+•]\\s*(?<rest>[\\p{L}(“\"].*)$");
    static final Pattern LEGAL_BASIS = Pattern.compile("^(?:Căn cứ|Xét|Theo đề nghị|Theo đề xuất|Thực hiện)\\b.*", CI);
    static final Pattern BASIS_STRICT = Pattern.compile("^(?:Căn cứ|Xét|Theo đề nghị|Theo đề xuất)\\b.*", CI);
    static final Pattern ENACTING_MARK = Pattern.compile(
            "^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ|THÔNG TƯ|NGHỊ QUYẾT|NAY QUYẾT ĐỊNH)\\s*:\\s*$");
    static final Pattern ATTACHMENT = Pattern.compile(
            "^\\(?\\s*(?<body>(?:Gửi kèm theo|Gửi kèm|Kèm theo|Tài liệu gửi kèm|Tài liệu kèm theo)\\b.*?)\\s*\\)?\\s*[.;]?$", CI);
    static final Pattern CITATION = Pattern.compile(
            "(?<type>Công văn|Quyết định|Kế hoạch|Thông báo|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Luật"
                    + "|Chỉ thị|Báo cáo|Tờ trình|Công điện|Hướng dẫn|Quy chế|Quy định|Chương trình"
                    + "|Văn bản hợp nhất|Văn bản|Kết luận|Pháp lệnh|Đề án|Giấy mời)"
                    + "\\s+(?:số\\s*:?\\s*)?(?<code>\\d+(?:/\\d{4})?\\s*/\\s*[\\p{L}\\d&.]+(?:\\s?-\\s?[\\p{L}\\d&.]+)*"
                    + "|\\d+-[\\p{Lu}]+/[\\p{Lu}\\d&.]+(?:-[\\p{Lu}\\d&.]+)*)"
                    + "(?:\\s+ngày\\s+(?<date>\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?"
                    + "(?:\\s+của\\s+(?<issuer>[^,.;()“”\"]+?)(?=\\s+(?:về|quy định|hướng dẫn|ban hành|sửa đổi|được|và|tại"
                    + "|đã|thì|để|v/v|phê duyệt|triển khai|thành lập|hợp nhất)\\b|[,.;()“”\"]|$))?", CI);
    /**
     * A căn cứ citing a law by name: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
     * "Căn cứ Bộ luật Lao động số 45/2019/QH14 …". The name ends at its số, its date, the end, "được (sửa đổi …)",
     * "(", ";" or, with {@code NAMED_STOPS}, at another citation ("và Luật …", ", Nghị định …").
     */
    static final Pattern NAMED_CITATION = named(true);
    /** The same for an amending law, whose name cites other laws: "Luật sửa đổi, bổ sung … của Luật A và Luật B". */
    static final Pattern NAMED_CITATION_AMENDING = named(false);

    private static Pattern named(boolean stopAtOtherCitations) {
        return Pattern.compile("^Căn cứ\\s+(?<type>Hiến pháp|Bộ luật|Luật|Pháp lệnh)\\s+(?!số\\s*:?\\s*\\d|ngày\\s+\\d)"
                + "(?<name>[^;(]+?)"
                + "(?:\\s+số\\s*:?\\s*(?<code>\\d+(?:/\\d{4})?\\s*/\\s*[\\p{L}\\d&.]+(?:\\s?-\\s?[\\p{L}\\d&.]+)*))?"
                + "(?:\\s+ngày\\s+(?<date>\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?"
                + "(?=\\s*[;.,]?\\s*$|\\s*[;(]|\\s+(?:đã\\s+)?được\\s|\\s+số\\s*:?\\s*\\d|\\s+ngày\\s+\\d"
                + (stopAtOtherCitations ? "|(?:\\s*,|\\s+và)\\s+(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị định"
                        + "|Nghị quyết|Thông tư|Quyết định)(?!\\p{L})" : "")
                + ")", CI);
    }

    /**
     * Where the trích yếu after a citation ends in running text: ";", "(", ":", a quotation mark, a full stop
     * before a space or the end, a comma before a capital (", Giám đốc Sở đề nghị …"), "được sửa đổi, bổ sung bởi
     * …", or another citation joined by "và" or a comma ("… và Quyết định số 563/QĐ-BCY …").
     */
    static final Pattern TITLE_END = Pattern.compile("[;(:“”\"]|\\.(?=\\s|$)|,\\s+(?=\\p{Lu})"
            + "|,?\\s+(?:đã\\s+)?được\\s+sửa\\s+đổi|(?:,|\\s+và)\\s+(?=(?:\\p{L}+\\s+){1,4}số\\s*:?\\s*\\d)");

    static final Pattern DUE_DATE = Pattern.compile(
            "(?:trước|chậm nhất|không muộn hơn|hạn)\\s+(?:là\\s+)?(?:ngày\\s+)?(?<d>\\d{1,2})\\s*(?:/|\\s+tháng\\s+)(?<m>\\d{1,2})"
                    + "\\s*(?:/|\\s+năm\\s+)(?<y>\\d{4})", CI);
    static final Pattern DEADLINE_TEXT = Pattern.compile(
            "(?<text>(?:trước|chậm nhất|trong|hoàn thành trước)\\s+(?:ngày|tháng|quý|năm|tuần)\\s+[^,;.]{1,30})", CI);
    static final Pattern TITLE_WORDS = Pattern.compile(
            "^(?:(?:TM|KT|TL|TUQ|Q)\\.?\\s|.*(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|CHỦ NHIỆM|CHÁNH|PHÓ |TỔNG|"
                    + "HIỆU TRƯỞNG|GIÁM ĐÓC|CHỦ TỌA|CHỦ TOẠ|CHỦ TRÌ|THƯ KÝ|ỦY VIÊN|ỦY BAN|CHỈ HUY)).*");
    static final Pattern RANK = Pattern.compile(
            "^(?:(?:Đại|Thượng|Trung|Thiếu)\\s+(?:tướng|tá|úy|uý)|Đại úy|PGS\\.?\\s*TS\\.?|GS\\.?\\s*TS\\.?|TS\\.|ThS\\.|KS\\.|BS\\.|Đồng chí|Ông|Bà)\\s+",
            CI);

    private Patterns() {
    }
}
