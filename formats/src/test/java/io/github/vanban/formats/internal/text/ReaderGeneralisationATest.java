package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Layouts of công văn, tờ trình, báo cáo, kế hoạch, thông báo, hướng dẫn and chương trình the corpus does not
 * show, each in a hand-written snippet: what the reader must make of them.
 */
class ReaderGeneralisationATest {

    private static ReadResult read(String... lines) {
        return TextReader.read(String.join("\n", lines) + "\n").result();
    }

    @Test
    void aDateInFiguresEndingThePlaceAndDateLineIsReadAndTheWrappedVvStopsBeforeIt() {
        ReadResult r = read(
                "UBND TỈNH BẮC NINH",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 1234/SGDĐT-GDTrH",
                "V/v hướng dẫn kiểm tra cuối học kỳ I theo Công văn số 12/BGDĐT-GDTrH ngày 02/12/2025",
                "năm học 2025-2026",
                "Bắc Ninh, ngày 05/12/2025",
                "Kính gửi: Các trường trung học phổ thông.",
                "Sở Giáo dục và Đào tạo hướng dẫn như sau./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, GDTrH.",
                "GIÁM ĐỐC",
                "Nguyễn Văn Hùng");
        AdministrativeDocument doc = r.document();
        assertThat(doc.header().placeAndDate())
                .isEqualTo(new PlaceAndDate("Bắc Ninh", new PartialDate(2025, 12, 5), "Bắc Ninh, ngày 05/12/2025"));
        assertThat(doc.header().subject()).isEqualTo("V/v hướng dẫn kiểm tra cuối học kỳ I theo Công văn số "
                + "12/BGDĐT-GDTrH ngày 02/12/2025 năm học 2025-2026");
        assertThat(r.sourceLines()).containsEntry("/header/placeAndDate", 8);
        assertThat(doc.closing().recipients().addressees()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Các trường trung học phổ thông"));
    }

    @Test
    void aDateInFiguresWithDashesMergedAfterTheNumberIsRead() {
        ReadResult r = read(
                "ỦY BAN NHÂN DÂN TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 88/TB-UBND An Giang, ngày 5-3-2026",
                "THÔNG BÁO",
                "Về việc nghỉ Tết",
                "Nội dung thông báo./.",
                "Nơi nhận:",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Lê Văn A");
        assertThat(r.document().header().placeAndDate())
                .isEqualTo(new PlaceAndDate("An Giang", new PartialDate(2026, 3, 5), "An Giang, ngày 5-3-2026"));
        assertThat(r.sourceLines()).containsEntry("/header/placeAndDate", 3);
    }

    @Test
    void theFirstSentenceOfAThongBaoKetLuanIsNoPartOfItsTrichYeu() {
        ReadResult r = read(
                "BỘ QUỐC PHÒNG",
                "BỘ TƯ LỆNH THỦ ĐÔ HÀ NỘI",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 789/TB-BTL",
                "Hà Nội, ngày 3 tháng 4 năm 2025",
                "THÔNG BÁO",
                "Kết luận của Tư lệnh tại hội nghị sơ kết công tác",
                "quý I năm 2025",
                "Ngày 28/3/2025, Bộ Tư lệnh tổ chức hội nghị sơ kết. Sau khi nghe báo cáo, Tư lệnh kết luận:",
                "1. Các đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu./.",
                "Nơi nhận:",
                "- Các cơ quan, đơn vị;",
                "- Lưu: VT, TM.",
                "TL. TƯ LỆNH",
                "CHÁNH VĂN PHÒNG",
                "Đại tá Lê Văn Tám");
        assertThat(r.document().header().subject())
                .isEqualTo("Kết luận của Tư lệnh tại hội nghị sơ kết công tác quý I năm 2025");
        assertThat(r.document().body().content()).first().isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.text()).isEqualTo("Ngày 28/3/2025, Bộ Tư lệnh tổ chức hội nghị sơ kết. Sau khi "
                        + "nghe báo cáo, Tư lệnh kết luận:"));
        assertThat(r.sourceLines()).containsEntry("/body/content/0", 10);
    }

    @Test
    void aTrichYeuEndingWithAColonLeavesTheIntroducingSentenceToTheBody() {
        ReadResult r = read(
                "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 15/HD-UBND Ninh Bình, ngày 10 tháng 7 năm 2025",
                "HƯỚNG DẪN",
                "Sắp xếp trụ sở làm việc sau hợp nhất",
                "Ủy ban nhân dân tỉnh hướng dẫn như sau:",
                "1. Các xã rà soát trụ sở./.",
                "Nơi nhận:",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Lê Văn A");
        assertThat(r.document().header().subject()).isEqualTo("Sắp xếp trụ sở làm việc sau hợp nhất");
        assertThat(r.document().body().content()).first().isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.text()).isEqualTo("Ủy ban nhân dân tỉnh hướng dẫn như sau:"));
    }

    @Test
    void aBoldTrichYeuASeparateMarkdownParagraphUnderTheHeadingIsTheSubject() {
        ReadResult r = read(
                "**ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                "**SỞ Y TẾ** | **Độc lập - Tự do - Hạnh phúc**",
                "Số: 3456/KH-SYT | *Đồng Nai, ngày 10 tháng 02 năm 2026*",
                "",
                "**KẾ HOẠCH**",
                "",
                "**Triển khai chiến dịch tiêm chủng vắc xin sởi năm 2026**",
                "",
                "**I. MỤC ĐÍCH, YÊU CẦU**",
                "",
                "Tăng tỷ lệ tiêm chủng./.",
                "",
                "**Nơi nhận:**",
                "- Lưu: VT, NVY.",
                "**GIÁM ĐỐC**",
                "**Phạm Văn Bình**");
        assertThat(r.document().header().subject()).isEqualTo("Triển khai chiến dịch tiêm chủng vắc xin sởi năm 2026");
        assertThat(r.sourceLines()).containsEntry("/header/subject", 7);
        assertThat(r.document().body().content()).first().isInstanceOfSatisfying(NumberedItem.class,
                i -> assertThat(i.label()).isEqualTo("I"));
    }

    @Test
    void aClosingInAMarkdownTableWithLineBreaksGivesRecipientsAndSignature() {
        ReadResult r = read(
                "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc",
                "Số: 3456/KH-SYT Đồng Nai, ngày 10 tháng 02 năm 2026",
                "KẾ HOẠCH",
                "Triển khai chiến dịch tiêm chủng vắc xin sởi năm 2026",
                "Tăng tỷ lệ tiêm chủng./.",
                "",
                "| **Nơi nhận:**<br>- UBND tỉnh (để b/c);<br>- Lưu: VT, NVY. | **GIÁM ĐỐC**<br><br><br>**Phạm Văn Bình** |",
                "|---|---|");
        var closing = r.document().closing();
        assertThat(closing.recipients().distribution()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("UBND tỉnh");
            assertThat(p.purpose()).isEqualTo("để b/c");
        });
        assertThat(closing.recipients().archive().units()).containsExactly("VT", "NVY");
        assertThat(closing.signature().fullName()).isEqualTo("Phạm Văn Bình");
        assertThat(closing.signature().lines()).singleElement()
                .satisfies(l -> assertThat(l.title()).isEqualTo("GIÁM ĐỐC"));
        assertThat(r.sourceLines()).containsEntry("/closing/signer/fullName", 8);
        assertThat(r.diagnostics()).noneMatch(d -> d.severity().name().equals("WARNING"));
    }

    private static final String[] TO_TRINH = {
        "UỶ BAN NHÂN DÂN                  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ TÂN HIỆP                              Độc lập - Tự do - Hạnh phúc",
        "Số: 56/TTr-UBND                 Tân Hiệp, ngày 14 tháng 8 năm 2025",
        "TỜ TRÌNH",
        "Về việc đề nghị phê duyệt dự toán sửa chữa trụ sở",
        "Kính gửi: Ủy ban nhân dân tỉnh An Giang.",
        "Ủy ban nhân dân xã kính trình như sau:",
        "I. SỰ CẦN THIẾT",
        "Trụ sở xây dựng năm 2005, đến nay đã xuống cấp.",
        "II. NỘI DUNG ĐỀ NGHỊ",
        "Tổng kinh phí: 1.250.000.000 đồng./.",
        "Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN",
        "- Như trên;                                                CHỦ TỊCH",
        "- TT. Đảng ủy xã (để b/c);",
        "- Lưu: VT.                                             Trần Thị Mai",
    };

    @Test
    void aSignersNameMergedAtTheEndOfTheArchiveLineIsTheName() {
        ReadResult r = read(TO_TRINH);
        var closing = r.document().closing();
        assertThat(closing.signature().fullName()).isEqualTo("Trần Thị Mai");
        assertThat(closing.recipients().archive().units()).containsExactly("VT");
        assertThat(closing.signature().lines()).extracting(l -> l.title()).containsExactly("ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(r.sourceLines()).containsEntry("/closing/signer/fullName", 15);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.merged-columns") && d.location().line() == 15);
    }

    @Test
    void aSignersNameWithARankMergedAtTheEndOfARecipientLineIsTheName() {
        ReadResult r = read(
                "BỘ QUỐC PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "BỘ TƯ LỆNH THỦ ĐÔ HÀ NỘI Độc lập - Tự do - Hạnh phúc",
                "Số: 789/BC-BTL Hà Nội, ngày 3 tháng 4 năm 2025",
                "BÁO CÁO",
                "Kết quả công tác quý I năm 2025",
                "Bộ Tư lệnh báo cáo như sau./.",
                "Nơi nhận: TL. TƯ LỆNH",
                "- Bộ Quốc phòng (để b/c); CHÁNH VĂN PHÒNG",
                "- Các đơn vị; Đại tá Lê Văn Tám",
                "- Lưu: VT, TM.");
        var closing = r.document().closing();
        assertThat(closing.signature().fullName()).isEqualTo("Đại tá Lê Văn Tám");
        assertThat(closing.recipients().distribution()).extracting(p -> p.name())
                .containsExactly("Bộ Quốc phòng", "Các đơn vị");
        assertThat(r.sourceLines()).containsEntry("/closing/signer/fullName", 9);
    }

    @Test
    void aParagraphUnderAHeadingInCapitalsIsNotJoinedToIt() {
        ReadResult r = read(TO_TRINH);
        assertThat(r.document().body().content()).element(1).isInstanceOfSatisfying(NumberedItem.class, i -> {
            assertThat(i.label()).isEqualTo("I");
            assertThat(i.text()).isEqualTo("SỰ CẦN THIẾT");
            assertThat(i.children()).singleElement().isInstanceOfSatisfying(Paragraph.class,
                    p -> assertThat(p.text()).isEqualTo("Trụ sở xây dựng năm 2005, đến nay đã xuống cấp."));
        });
        assertThat(r.sourceLines()).containsEntry("/body/content/1/children/0", 9);
    }

    @Test
    void aUnitOfTheAddresseeInParenthesesStaysInItsNameAndAPurposeIsStillAPurpose() {
        ReadResult r = read(
                "TRƯỜNG ĐẠI HỌC Y HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "BỆNH VIỆN ĐẠI HỌC Y HÀ NỘI Độc lập - Tự do - Hạnh phúc",
                "Số: 45/BC-BVĐHYHN Hà Nội, ngày 02 tháng 3 năm 2026",
                "BÁO CÁO",
                "Tình hình sự cố y khoa tháng 02 năm 2026",
                "Kính gửi: Bộ Y tế (Cục Quản lý Khám, chữa bệnh).",
                "Bệnh viện báo cáo như sau./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Bộ Tài chính (Vụ Hành chính sự nghiệp);",
                "- Trường Đại học Y Hà Nội (Để b/c);",
                "- Lưu: VT, QLCL.",
                "GIÁM ĐỐC",
                "Nguyễn Văn Nam");
        var recipients = r.document().closing().recipients();
        assertThat(recipients.addressees()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Bộ Y tế (Cục Quản lý Khám, chữa bệnh)");
            assertThat(a.purpose()).isNull();
        });
        assertThat(recipients.distribution()).extracting(p -> p.name() + "|" + p.purpose()).containsExactly(
                "Như trên|null", "Bộ Tài chính (Vụ Hành chính sự nghiệp)|null", "Trường Đại học Y Hà Nội|Để b/c");
    }

    @Test
    void aSentenceLeadingIntoTheContentThatStartsWithCanCuIsAParagraphNotALegalBasis() {
        ReadResult r = read(
                "BỘ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 4567/BGDĐT-GDPT Hà Nội, ngày 05 tháng 9 năm 2025",
                "V/v hướng dẫn nhiệm vụ giáo dục phổ thông năm học 2025-2026",
                "Kính gửi: Các sở giáo dục và đào tạo.",
                "Căn cứ Chỉ thị số 15/CT-BGDĐT ngày 20/8/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo về nhiệm vụ năm học",
                "2025-2026, Bộ Giáo dục và Đào tạo hướng dẫn như sau:",
                "1. Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, GDPT.",
                "KT. BỘ TRƯỞNG",
                "THỨ TRƯỞNG",
                "Phạm Ngọc Thưởng");
        var body = r.document().body();
        assertThat(body.legalBases()).isEmpty();
        assertThat(body.content()).first().isInstanceOfSatisfying(Paragraph.class, p -> assertThat(p.text())
                .isEqualTo("Căn cứ Chỉ thị số 15/CT-BGDĐT ngày 20/8/2025 của Bộ trưởng Bộ Giáo dục và Đào tạo về "
                        + "nhiệm vụ năm học 2025-2026, Bộ Giáo dục và Đào tạo hướng dẫn như sau:"));
        assertThat(r.sourceLines()).containsEntry("/body/content/0", 6);
        assertThat(body.references()).singleElement().satisfies(ref -> assertThat(ref.number().number()).isEqualTo("15"));
    }

    private static ReadResult withArchive(String archiveLine) {
        return read(
                "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "THÀNH PHỐ HỒ CHÍ MINH Độc lập - Tự do - Hạnh phúc",
                "HỎA TỐC",
                "Số: 2150/UBND-VX TP. Hồ Chí Minh, ngày 12 tháng 6 năm 2025",
                "V/v phòng, chống dịch sốt xuất huyết",
                "Kính gửi: Sở Y tế.",
                "Đề nghị Sở Y tế triển khai thực hiện./.",
                "Nơi nhận:",
                "- Như trên;",
                archiveLine,
                "TUQ. CHỦ TỊCH",
                "CHÁNH VĂN PHÒNG",
                "Nguyễn Thị Hoa");
    }

    @Test
    void theLastUnitOfTheArchiveLineWithTheDraftersInitialsAndCopiesGivesUnitAndDrafterMark() {
        for (String archive : new String[] {"- Lưu: VT, (VX/Th) 15b.", "- Lưu: VT, VX(Th) 15b.", "- Lưu: VT, VX/Th (15b)."}) {
            ReadResult r = withArchive(archive);
            var closing = r.document().closing();
            assertThat(closing.recipients().archive().units()).as(archive).containsExactly("VT", "VX");
            assertThat(closing.drafterMark()).as(archive).isNotNull();
            assertThat(closing.drafterMark().initials()).as(archive).isEqualTo("Th");
            assertThat(closing.drafterMark().copies()).as(archive).isEqualTo(15);
            assertThat(r.sourceLines()).containsEntry("/closing/drafterMark", 10);
        }
        ReadResult dotted = withArchive("- Lưu: VT, P.VX (Th).");
        assertThat(dotted.document().closing().recipients().archive().units()).containsExactly("VT", "P.VX");
        assertThat(dotted.document().closing().drafterMark().initials()).isEqualTo("Th");
        assertThat(dotted.document().closing().drafterMark().copies()).isNull();
        ReadResult copies = withArchive("- Lưu: VT, NSNN (3b).");
        assertThat(copies.document().closing().recipients().archive().units()).containsExactly("VT", "NSNN");
        assertThat(copies.document().closing().recipients().archive().copies()).isEqualTo(3);
        assertThat(copies.document().closing().drafterMark()).isNull();
        assertThat(copies.document().header().urgency()).isNotNull();
    }

    @Test
    void digitsOfTheDaySplitByTheExtractionAreJoinedInTheWrittenFormToo() {
        ReadResult r = read(
                "UBND TỈNH QUẢNG TRỊ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc",
                "Số: 1025/SNNMT-TL Quảng Trị, ngày 1 8 tháng 11 năm 20 25",
                "V/v chủ động ứng phó với mưa lũ",
                "Kính gửi: UBND các xã, phường, đặc khu.",
                "Đề nghị các địa phương thực hiện./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, TL.",
                "GIÁM ĐỐC",
                "Trần Văn Quang");
        assertThat(r.document().header().placeAndDate())
                .isEqualTo(new PlaceAndDate("Quảng Trị", new PartialDate(2025, 11, 18), null));
        assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("text.split-digits"))
                .extracting(d -> d.location().line()).containsExactly(3);
    }

    @Test
    void theRowsOfAMarkdownTableInTheBodyAreNotJoinedIntoOneParagraph() {
        ReadResult r = read(
                "**TRƯỜNG ĐẠI HỌC CẦN THƠ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
                "**KHOA CÔNG NGHỆ THÔNG TIN** | **Độc lập - Tự do - Hạnh phúc**",
                "Số: 88/TTr-KCNTT | *Cần Thơ, ngày 12 tháng 5 năm 2025*",
                "",
                "**TỜ TRÌNH**",
                "",
                "**V/v đề nghị mua sắm thiết bị phòng thí nghiệm**",
                "",
                "Kính gửi: Hiệu trưởng Trường Đại học Cần Thơ.",
                "",
                "Khoa kính trình mua sắm thiết bị như sau:",
                "",
                "| STT | Tên thiết bị | Số lượng |",
                "|---|---|---|",
                "| 1 | Máy chủ | 02 |",
                "| 2 | Bộ chuyển mạch | 04 |",
                "Kính trình Hiệu trưởng xem xét, phê duyệt./.",
                "",
                "**Nơi nhận:**",
                "- Như trên;",
                "- Lưu: VT, VP Khoa.",
                "",
                "**TRƯỞNG KHOA**",
                "",
                "**Trần Văn Bình**");
        assertThat(r.document().body().content()).extracting(e -> ((Paragraph) e).text()).containsExactly(
                "Khoa kính trình mua sắm thiết bị như sau:", "STT | Tên thiết bị | Số lượng", "1 | Máy chủ | 02",
                "2 | Bộ chuyển mạch | 04", "Kính trình Hiệu trưởng xem xét, phê duyệt.");
        assertThat(r.sourceLines()).containsEntry("/body/content/3", 16);
    }

    @Test
    void aShortNumberedHeadingIsNotJoinedWithTheSentenceUnderIt() {
        ReadResult r = read(
                "UBND TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc",
                "Số: 1234/SGDĐT-GDTRH Bắc Ninh, ngày 05 tháng 12 năm 2025",
                "V/v hướng dẫn tổ chức kiểm tra cuối học kỳ I",
                "Kính gửi: Các trường trung học phổ thông.",
                "1. Thời gian kiểm tra",
                "Từ ngày 22/12/2025 đến ngày 31/12/2025.",
                "2. Tổ chức thực hiện",
                "a) Các trường xây dựng kế hoạch kiểm tra, gửi về Sở trước ngày 15/12/2025 qua",
                "Phòng Giáo dục trung học./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, GDTRH.",
                "GIÁM ĐỐC",
                "Nguyễn Văn Hùng");
        var content = r.document().body().content();
        assertThat(content).first().isInstanceOfSatisfying(NumberedItem.class, i -> {
            assertThat(i.text()).isEqualTo("Thời gian kiểm tra");
            assertThat(i.children()).singleElement().isInstanceOfSatisfying(Paragraph.class,
                    p -> assertThat(p.text()).isEqualTo("Từ ngày 22/12/2025 đến ngày 31/12/2025."));
        });
        assertThat(content).element(1).isInstanceOfSatisfying(NumberedItem.class, i -> assertThat(i.children())
                .singleElement().isInstanceOfSatisfying(NumberedItem.class, a -> assertThat(a.text()).isEqualTo(
                        "Các trường xây dựng kế hoạch kiểm tra, gửi về Sở trước ngày 15/12/2025 qua Phòng Giáo dục "
                                + "trung học.")));
        assertThat(r.sourceLines()).containsEntry("/body/content/0/children/0", 7);
    }
}
