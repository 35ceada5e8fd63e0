package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.document.Decision;
import io.github.vanban.formats.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The plain-text reader on kinds and layouts outside its corpus: quyết định cá biệt and khen thưởng, nghị quyết of a
 * Hội đồng nhân dân, chỉ thị, công điện, giấy mời, giấy giới thiệu, giấy ủy quyền, biên bản, tờ trình, each snippet
 * written for the test.
 */
class ReaderGeneralisationBTest {

    private static ReadResult read(String... lines) {
        return TextReader.read(String.join("\n", lines)).result();
    }

    @Test
    void anEnactingAuthorityWrappedOverTwoLinesIsReadWholeAndTheCanCuStayBases() {
        ReadResult r = read(
                "ỦY BAN NHÂN DÂN",
                "XÃ HÒA BÌNH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 215/QĐ-UBND",
                "Hòa Bình, ngày 12 tháng 12 năm 2025",
                "QUYẾT ĐỊNH",
                "Về việc tặng Giấy khen năm 2025",
                "",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN",
                "XÃ HÒA BÌNH",
                "",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.",
                "QUYẾT ĐỊNH:",
                "Điều 1. Tặng Giấy khen cho 02 tập thể.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
                "Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Nguyễn Văn Bình");
        Decision d = (Decision) r.document();
        assertThat(d.enactingAuthority()).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA BÌNH");
        assertThat(r.sourceLines()).containsEntry("/enactingAuthority", 10);
        assertThat(d.body().legalBases()).extracting(LegalBasis::text).containsExactly(
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.");
        assertThat(r.sourceLines()).containsEntry("/body/legalBases/0", 13);
        assertThat(d.body().content()).hasSize(2).allMatch(e -> e instanceof Article);
    }

    @Test
    void aCouncilsTermAndSessionUnderItsNameBelongToTheEnactingAuthority() {
        ReadResult r = read(
                "HỘI ĐỒNG NHÂN DÂN",
                "TỈNH LÂM ĐỒNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 27/2025/NQ-HĐND",
                "Lâm Đồng, ngày 10 tháng 12 năm 2025",
                "",
                "NGHỊ QUYẾT",
                "Quy định mức chi hỗ trợ ở thôn, tổ dân phố",
                "",
                "HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG",
                "",
                "KHÓA X, KỲ HỌP THỨ NĂM",
                "",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Xét Tờ trình số 512/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh.",
                "QUYẾT NGHỊ:",
                "Điều 1. Mức chi hỗ trợ là 1.500.000 đồng/người/tháng.",
                "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện./.",
                "Nơi nhận:",
                "- Chính phủ;",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Lê Văn Hùng");
        assertThat(r.document().body().legalBases()).hasSize(2);
        assertThat(r.sourceLines()).containsEntry("/body/legalBases/0", 15);
        assertThat(r.document().body().content()).hasSize(2).allMatch(e -> e instanceof Article);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.enacting-not-carried")
                && d.location().line() == 11
                && d.message().contains("\"HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG KHÓA X, KỲ HỌP THỨ NĂM\""));
    }

    @Test
    void aTrichYeuAfterABlankLineUnderTheHeadingIsStillTheSubject() {
        ReadResult r = read(
                "**BỘ NỘI VỤ**",
                "",
                "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                "",
                "**Độc lập - Tự do - Hạnh phúc**",
                "",
                "Số: 815/QĐ-BNV",
                "",
                "*Hà Nội, ngày 14 tháng 11 năm 2025*",
                "",
                "**QUYẾT ĐỊNH**",
                "",
                "**Về việc tặng Bằng khen của Bộ trưởng Bộ Nội vụ**",
                "",
                "**BỘ TRƯỞNG BỘ NỘI VỤ**",
                "",
                "*Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;*",
                "",
                "**QUYẾT ĐỊNH:**",
                "",
                "**Điều 1.** Tặng Bằng khen cho 03 tập thể.",
                "",
                "**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký./.");
        Decision d = (Decision) r.document();
        assertThat(d.header().subject()).isEqualTo("Về việc tặng Bằng khen của Bộ trưởng Bộ Nội vụ");
        assertThat(r.sourceLines()).containsEntry("/header/subject", 13);
        assertThat(d.enactingAuthority()).isEqualTo("BỘ TRƯỞNG BỘ NỘI VỤ");
        assertThat(d.body().legalBases()).extracting(LegalBasis::text)
                .containsExactly("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
        assertThat(d.body().content()).hasSize(2).allMatch(e -> e instanceof Article);
    }

    @Test
    void aTrichYeuWithoutVeAfterABlankLineNeedsTheAuthorityOrTheBodyAfterIt() {
        ReadResult r = read(
                "SỞ NỘI VỤ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 12/QĐ-SNV",
                "Bắc Ninh, ngày 03 tháng 9 năm 2025",
                "QUYẾT ĐỊNH",
                "",
                "Ban hành Quy chế làm việc",
                "của Sở Nội vụ",
                "",
                "GIÁM ĐỐC SỞ NỘI VỤ",
                "",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc./.");
        assertThat(r.document().header().subject()).isEqualTo("Ban hành Quy chế làm việc của Sở Nội vụ");
        assertThat(((Decision) r.document()).enactingAuthority()).isEqualTo("GIÁM ĐỐC SỞ NỘI VỤ");
        // a sentence after the blank line stays the body's first paragraph, as before
        ReadResult notice = read(
                "SỞ NỘI VỤ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 13/TB-SNV",
                "Bắc Ninh, ngày 03 tháng 9 năm 2025",
                "THÔNG BÁO",
                "",
                "Sở Nội vụ tổ chức họp giao ban",
                "vào ngày 05 tháng 9 năm 2025.",
                "",
                "Nơi nhận:",
                "- Lưu: VT.");
        assertThat(notice.document().header().subject()).isNull();
        assertThat(notice.document().body().content()).hasSize(1);
    }

    @Test
    void whoSendsACongDienIsReportedNotDropped() {
        ReadResult r = read(
                "ỦY BAN NHÂN DÂN",
                "TỈNH QUẢNG TRỊ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 12/CĐ-UBND",
                "Quảng Trị, ngày 27 tháng 10 năm 2025",
                "CÔNG ĐIỆN",
                "",
                "Về việc tập trung ứng phó với bão số 12",
                "",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:",
                "- Giám đốc các Sở, ban, ngành cấp tỉnh;",
                "- Chủ tịch Ủy ban nhân dân các xã, phường.",
                "Để chủ động ứng phó với bão, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:",
                "1. Theo dõi chặt chẽ diễn biến của bão./.");
        assertThat(r.document().header().subject()).isEqualTo("Về việc tập trung ứng phó với bão số 12");
        assertThat(r.document().closing().recipients().addressees()).extracting(a -> a.name())
                .containsExactly("Giám đốc các Sở, ban, ngành cấp tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường");
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.enacting-not-carried")
                && d.location().line() == 11 && d.message().contains("\"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\""));
    }

    @Test
    void aClosingLaidOutInTwoColumnsGivesTheSignerAndCleanRecipients() {
        String gap = " ".repeat(20);
        ReadResult r = read(
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO" + gap + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                gap + gap + "Độc lập - Tự do - Hạnh phúc",
                "Số: 05/CT-BGDĐT" + gap + "Hà Nội, ngày 08 tháng 8 năm 2025",
                "",
                "CHỈ THỊ",
                "Về nhiệm vụ trọng tâm năm học 2025 - 2026",
                "",
                "1. Rà soát, sắp xếp mạng lưới cơ sở giáo dục./.",
                "",
                "Nơi nhận:" + gap + "KT. BỘ TRƯỞNG",
                "- Văn phòng Chính phủ;" + gap + "THỨ TRƯỞNG",
                "- Các Thứ trưởng;" + gap + "(Đã ký)",
                "- Các sở GDĐT;",
                "- Lưu: VT, GDPT." + gap + "Phạm Ngọc Thưởng");
        var closing = r.document().closing();
        assertThat(closing.signature().fullName()).isEqualTo("Phạm Ngọc Thưởng");
        assertThat(closing.signature().lines()).extracting(l -> l.title()).containsExactly("BỘ TRƯỞNG", "THỨ TRƯỞNG");
        assertThat(closing.signature().lines().get(0).authority()).isEqualTo(io.github.vanban.core.component.SigningAuthority.KT);
        assertThat(closing.recipients().distribution()).extracting(x -> x.name() + "|" + x.ending())
                .containsExactly("Văn phòng Chính phủ|;", "Các Thứ trưởng|;", "Các sở GDĐT|;");
        assertThat(closing.recipients().archive().units()).containsExactly("VT", "GDPT");
        assertThat(closing.drafterMark()).isNull();
        assertThat(r.sourceLines()).containsEntry("/closing/signer/fullName", 14);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.merged-columns") && d.location().line() == 14);
        assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("text.closing-unread"));
    }

    private static final String[] GIAY_GIOI_THIEU = {
        "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 37/GGT-UBND Ba Đình, ngày 20 tháng 10 năm 2025",
        "GIẤY GIỚI THIỆU",
        "Ủy ban nhân dân phường Ba Đình trân trọng giới thiệu:",
        "Ông: Đỗ Minh Tuấn",
        "Chức vụ: Chuyên viên Phòng Văn hóa - Xã hội",
        "Được cử đến: Sở Nội vụ Thành phố Hà Nội",
        "Về việc: Liên hệ công tác thi đua, khen thưởng năm 2025.",
        "Giấy này có giá trị đến hết ngày 30 tháng 10 năm 2025./.",
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN",
        "- Như trên; KT. CHỦ TỊCH",
        "- Lưu: VT. PHÓ CHỦ TỊCH",
        "Vũ Thị Thu Hà",
    };

    @Test
    void aGiayGioiThieuHasNoTrichYeuAndKeepsEachLabelledValueApart() {
        ReadResult r = read(GIAY_GIOI_THIEU);
        assertThat(r.document().header().subject()).isNull();
        assertThat(r.document().body().content()).extracting(e -> ((io.github.vanban.core.body.Paragraph) e).text())
                .containsExactly(
                        "Ủy ban nhân dân phường Ba Đình trân trọng giới thiệu:",
                        "Ông: Đỗ Minh Tuấn",
                        "Chức vụ: Chuyên viên Phòng Văn hóa - Xã hội",
                        "Được cử đến: Sở Nội vụ Thành phố Hà Nội",
                        "Về việc: Liên hệ công tác thi đua, khen thưởng năm 2025.",
                        "Giấy này có giá trị đến hết ngày 30 tháng 10 năm 2025.");
        assertThat(r.sourceLines()).containsEntry("/body/content/0", 5).containsEntry("/body/content/2", 7);
    }

    @Test
    void titlesMergedWithTheirAuthorityAfterARecipientOrAfterTheLuuUnitsAreSignatureTitles() {
        ReadResult r = read(GIAY_GIOI_THIEU);
        var closing = r.document().closing();
        assertThat(closing.signature().lines()).extracting(l -> l.authority() + " " + l.title())
                .containsExactly("TM ỦY BAN NHÂN DÂN", "KT CHỦ TỊCH", "null PHÓ CHỦ TỊCH");
        assertThat(closing.signature().fullName()).isEqualTo("Vũ Thị Thu Hà");
        assertThat(closing.recipients().distribution()).extracting(x -> x.name() + "|" + x.ending())
                .containsExactly("Như trên|;");
        assertThat(closing.recipients().archive().units()).containsExactly("VT");
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.merged-columns") && d.location().line() == 12
                && d.message().contains("\"KT. CHỦ TỊCH\""));
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.merged-columns") && d.location().line() == 13
                && d.message().contains("\"PHÓ CHỦ TỊCH\""));
    }

    @Test
    void aRemarkInParenthesesOnItsOwnLineIsNotJoinedToTheNextSentence() {
        ReadResult r = read(
                "UBND XÃ TÂN PHÚ",
                "PHÒNG VĂN HÓA - XÃ HỘI",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 18/TTr-VHXH",
                "Tân Phú, ngày 25 tháng 11 năm 2025",
                "TỜ TRÌNH",
                "Về việc đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã",
                "Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Phú.",
                "Phòng Văn hóa - Xã hội kính trình tặng Giấy khen cho 02 tập thể.",
                "(Có hồ sơ và danh sách trích ngang kèm theo)",
                "Kính trình Chủ tịch Ủy ban nhân dân xã xem xét, quyết định./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, VHXH.",
                "TRƯỞNG PHÒNG",
                "Bùi Quang Vinh");
        assertThat(r.document().body().content()).extracting(e -> ((io.github.vanban.core.body.Paragraph) e).text())
                .containsExactly(
                        "Phòng Văn hóa - Xã hội kính trình tặng Giấy khen cho 02 tập thể.",
                        "(Có hồ sơ và danh sách trích ngang kèm theo)",
                        "Kính trình Chủ tịch Ủy ban nhân dân xã xem xét, quyết định.");
        assertThat(r.sourceLines()).containsEntry("/body/content/2", 12);
    }

    private static final String[] AWARD_OCR = {
        "ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH THANH HÓA Độc lập - Tự do - Hạnh phúc",
        "Số: 2456 /QĐ-UBND Thanh Hóa, ngày 1 8 tháng 8 năm 2025",
        "QUYẾT ĐỊNH",
        "Về việc khen thưởng thành tích trong công tác phòng, chống thiên tai",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "QUYẾT ĐỊNH:",
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 02 cá nhân:",
        "1. Tập thể: Ủy ban nhân dân xã Quảng Ninh;",
        "2. Cá nhân:",
        "a) Ông Trần Văn Long, Chủ tịch Ủy ban nhân dân xã Quảng Ninh;",
        "b) Bà Lê Thị Mơ, Trưởng thôn Bắc Sơn, xã Quảng Ninh.",
        "Đã có thành tích xuất sắc trong công tác phòng, chống thiên tai năm 2025.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.",
        "Nơi nhận: CHỦ TỊCH",
        "- Như Điều 2;",
        "- Lưu: VT, NC.",
        "Đỗ Minh Tuấn",
    };

    @Test
    void aSentenceAfterTheClausesOfAnArticleStaysInTheArticle() {
        ReadResult r = read(AWARD_OCR);
        var content = r.document().body().content();
        assertThat(content).hasSize(2).allMatch(e -> e instanceof Article);
        Article first = (Article) content.get(0);
        assertThat(first.children()).hasSize(3);
        assertThat(first.children().get(2)).isInstanceOf(io.github.vanban.core.body.Paragraph.class);
        assertThat(((io.github.vanban.core.body.Paragraph) first.children().get(2)).text())
                .isEqualTo("Đã có thành tích xuất sắc trong công tác phòng, chống thiên tai năm 2025.");
        assertThat(r.sourceLines()).containsEntry("/body/content/0/children/2", 14);
    }

    @Test
    void digitsOfTheDaySplitByTheOcrAreJoinedInTheWrittenFormToo() {
        ReadResult r = read(AWARD_OCR);
        var pd = r.document().header().placeAndDate();
        assertThat(pd.date().toIsoString()).isEqualTo("2025-08-18");
        assertThat(pd.writtenForm()).isNull();
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.split-digits") && d.location().line() == 3);
    }
}
