package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.OrganId;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Invitation;
import io.github.vanban.core.document.Minutes;
import io.github.vanban.core.document.OfficialDispatch;
import io.github.vanban.formats.Diagnostic;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWriterTest {

    private static OfficialDispatch dispatch(OrganId id, ContactFooter footer) {
        Header header = Header.builder()
                .issuer(new Organization("Sở Tài chính", "UBND tỉnh Hưng Yên", "STC", id))
                .number(new DocumentNumber("05", "STC-VP"))
                .placeAndDate(PlaceAndDate.of("Hưng Yên", new PartialDate(2024, 3, 5)))
                .subject("V/v rà soát tài sản công").build();
        Body body = Body.builder().add(NumberedItem.of("1", "Rà soát tài sản.")).endMark(true).build();
        Closing closing = new Closing(SignatureBlock.of("Nguyễn Văn An", AuthorityLine.of("GIÁM ĐỐC")),
                new Recipients(List.of(new Recipient("Các phòng thuộc Sở", null, ".")), List.of(Recipient.of("Như trên")),
                        ArchiveLine.of("VT", "VP")), null, footer);
        return new OfficialDispatch(header, body, closing);
    }

    @Test
    void writesTheDecreesOrderAndWording() throws Exception {
        StringWriter out = new StringWriter();
        List<Diagnostic> lost = new TextCodec().write(dispatch(null, null), out);
        assertThat(lost).isEmpty();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "UBND TỈNH HƯNG YÊN",
                "SỞ TÀI CHÍNH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 05/STC-VP",
                "V/v rà soát tài sản công",
                "Hưng Yên, ngày 05 tháng 3 năm 2024",
                "",
                "Kính gửi: Các phòng thuộc Sở.",
                "",
                "1. Rà soát tài sản./.",
                "",
                "GIÁM ĐỐC",
                "",
                "Nguyễn Văn An",
                "",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, VP.",
                ""));
    }

    @Test
    void reportsWhatPlainTextCannotCarry() throws Exception {
        List<Diagnostic> lost = new TextCodec().write(dispatch(OrganId.parse("000.00.00.H41"),
                new ContactFooter("Số 1 Hải Thượng Lãn Ông", null, null, "0221 3863 000", null)), new StringWriter());
        assertThat(lost).extracting(d -> d.severity() + " " + d.location().path()).containsExactly(
                "WARNING /header/issuer/organId", "WARNING /closing/contactFooter");
    }

    private static Meeting meeting(String end) {
        return new Meeting("14 giờ 00, ngày 12 tháng 3 năm 2024", "Phòng họp số 2", "Ông Trần Văn Bình, Trưởng phòng",
                List.of("Ông Trần Văn Bình, Trưởng phòng", "Bà Lê Thị Hoa, chuyên viên"), "Bà Lê Thị Hoa", end);
    }

    private static Minutes minutes(SignatureBlock secretary) {
        Header header = Header.builder().issuer(new Organization("PHÒNG KẾ HOẠCH", "SỞ TÀI CHÍNH", "KH", null))
                .number(new DocumentNumber("03", "BB-KH")).subject("Họp giao ban tháng 3 năm 2024").build();
        Body body = Body.builder().add(Paragraph.of("Nội dung (theo diễn biến cuộc họp):"))
                .add(NumberedItem.of("1", "Các chuyên viên báo cáo tiến độ.")).endMark(true).build();
        Closing closing = new Closing(SignatureBlock.of("Trần Văn Bình", AuthorityLine.of("CHỦ TỌA")),
                new Recipients(List.of(), List.of(new Recipient("Các thành viên dự họp", null, ";")),
                        ArchiveLine.of("VT", "Hồ sơ")), null, null);
        return Minutes.builder().header(header).meeting(meeting("16 giờ 30, ngày 12 tháng 3 năm 2024")).body(body)
                .closing(closing).secretarySignature(secretary).build();
    }

    @Test
    void writesTheMeetingAndBothSignaturesOfMinutesInTheTemplatesWording() throws Exception {
        StringWriter out = new StringWriter();
        Minutes doc = minutes(SignatureBlock.of("Lê Thị Hoa", AuthorityLine.of("THƯ KÝ")));
        List<Diagnostic> lost = new TextCodec().write(doc, out);
        assertThat(lost).isEmpty();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "SỞ TÀI CHÍNH",
                "PHÒNG KẾ HOẠCH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 03/BB-KH",
                "",
                "BIÊN BẢN",
                "Họp giao ban tháng 3 năm 2024",
                "",
                "Thời gian bắt đầu: 14 giờ 00, ngày 12 tháng 3 năm 2024",
                "Địa điểm: Phòng họp số 2",
                "Thành phần tham dự:",
                "- Ông Trần Văn Bình, Trưởng phòng;",
                "- Bà Lê Thị Hoa, chuyên viên.",
                "Chủ trì (chủ tọa): Ông Trần Văn Bình, Trưởng phòng",
                "Thư ký (người ghi biên bản): Bà Lê Thị Hoa",
                "",
                "Nội dung (theo diễn biến cuộc họp):",
                "",
                "1. Các chuyên viên báo cáo tiến độ.",
                "",
                "Cuộc họp kết thúc vào 16 giờ 30, ngày 12 tháng 3 năm 2024./.",
                "",
                "THƯ KÝ",
                "",
                "Lê Thị Hoa",
                "",
                "CHỦ TỌA",
                "",
                "Trần Văn Bình",
                "",
                "Nơi nhận:",
                "- Các thành viên dự họp;",
                "- Lưu: VT, Hồ sơ.",
                ""));
        assertThat(TextReader.read(out.toString()).result().document()).isEqualTo(doc);
    }

    @Test
    void writesTheMeetingOfAnInvitationAfterTheInvitingWords() throws Exception {
        Header header = Header.builder().issuer(new Organization("SỞ TÀI CHÍNH", null, "STC", null))
                .number(new DocumentNumber("15", "GM-STC"))
                .placeAndDate(PlaceAndDate.of("Hưng Yên", new PartialDate(2024, 3, 6)))
                .subject("Họp rà soát tài sản công năm 2024").build();
        Body body = Body.builder().add(Paragraph.of("Sở Tài chính trân trọng kính mời: Đại diện các phòng thuộc Sở."))
                .add(Paragraph.of("Tới dự cuộc họp rà soát tài sản công.")).endMark(true).build();
        Closing closing = new Closing(SignatureBlock.of("Nguyễn Văn An", AuthorityLine.of("GIÁM ĐỐC")),
                new Recipients(List.of(), List.of(Recipient.of("Như trên")), ArchiveLine.of("VT")), null, null);
        Invitation doc = new Invitation(header, new Meeting("08 giờ 00, ngày 10/3/2024", "Hội trường A",
                "Đồng chí Nguyễn Văn An, Giám đốc Sở", List.of(), null, null), body, closing);
        StringWriter out = new StringWriter();
        assertThat(new TextCodec().write(doc, out)).isEmpty();
        assertThat(out.toString()).contains(String.join("\n",
                "Sở Tài chính trân trọng kính mời: Đại diện các phòng thuộc Sở.",
                "",
                "Tới dự cuộc họp rà soát tài sản công.",
                "",
                "Chủ trì: Đồng chí Nguyễn Văn An, Giám đốc Sở",
                "Thời gian: 08 giờ 00, ngày 10/3/2024",
                "Địa điểm: Hội trường A./.",
                "",
                "GIÁM ĐỐC"));
        assertThat(TextReader.read(out.toString()).result().document()).isEqualTo(doc);
    }

    @Test
    void reportsASecretarysSignatureItCannotTellFromTheChairs() throws Exception {
        List<Diagnostic> lost = new TextCodec().write(minutes(SignatureBlock.of("Lê Thị Hoa",
                AuthorityLine.of("CHUYÊN VIÊN"))), new StringWriter());
        assertThat(lost).extracting(d -> d.severity() + " " + d.code() + " " + d.location().path())
                .containsExactly("WARNING text.not-carried /secretarySignature/lines");
    }
}
