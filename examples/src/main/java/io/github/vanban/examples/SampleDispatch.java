package io.github.vanban.examples;

import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.Attachment;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.OfficialDispatch;
import io.github.vanban.core.document.DocumentType;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds, in code, a draft công văn (official dispatch) of a provincial department: number and day still blank,
 * one "Kính gửi" line, four numbered items of which the last assigns a task to a lead unit with coordinating
 * units, a cited dispatch that is also sent with it, a Nơi nhận list starting "Như trên" with a recipient "để
 * theo dõi", the archive line, the drafter's initials and the director's signature.
 *
 * <p>Run it with {@code ./vanban demo}: it prints the dispatch component by component.
 */
public final class SampleDispatch {

    private SampleDispatch() {
    }

    /**
     * The provincial People's Committee dispatch that the sample implements and sends along.
     *
     * @return the cited dispatch
     */
    public static DocumentReference citedDispatch() {
        return new DocumentReference(DocumentType.CONG_VAN, "Công văn", new DocumentNumber("279", "UBND-NC"),
                LocalDate.of(2023, 2, 15), "UBND tỉnh",
                "về việc thực hiện kết luận thanh tra công tác thi đua, khen thưởng");
    }

    /**
     * Builds the sample dispatch.
     *
     * @return a draft công văn with blank number and day
     */
    public static OfficialDispatch build() {
        DocumentReference cited = citedDispatch();
        Header header = Header.builder()
                .issuer(new Organization("Sở Khoa học và Công nghệ", "UBND tỉnh Hưng Yên", "SKHCN", null))
                .number(DocumentNumber.blank("SKHCN", "VP"))
                .placeAndDate(PlaceAndDate.of("Hưng Yên", PartialDate.ofMonth(2023, 2)))
                .subject("V/v thực hiện kết luận thanh tra về công tác thi đua, khen thưởng")
                .build();

        Body body = Body.builder()
                .add(Paragraph.of("Thực hiện " + cited.format() + ", Giám đốc Sở đề nghị các phòng, đơn vị thực hiện"
                        + " tốt các việc sau:"))
                .add(NumberedItem.of("1", "Phổ biến nội dung kết luận thanh tra và công văn này tới toàn thể công"
                        + " chức, viên chức và người lao động của phòng, đơn vị."))
                .add(NumberedItem.of("2", "Tổ chức các phong trào thi đua gắn với nhiệm vụ chuyên môn được giao,"
                        + " bảo đảm thiết thực, hiệu quả, tránh hình thức."))
                .add(NumberedItem.of("3", "Lựa chọn, đề nghị khen thưởng đúng người, đúng thành tích, ưu tiên"
                        + " tập thể nhỏ và cá nhân trực tiếp làm nhiệm vụ."))
                .add(new NumberedItem("4", "Giao Phòng Quản lý chuyên ngành chủ trì, phối hợp với Văn phòng Sở và"
                        + " các đơn vị liên quan rà soát, tham mưu khắc phục các hạn chế về hoạt động sáng kiến.",
                        Assignment.of("Phòng Quản lý chuyên ngành", List.of("Văn phòng Sở", "các đơn vị liên quan"),
                                "rà soát, tham mưu khắc phục các hạn chế về hoạt động sáng kiến"),
                        List.of()))
                .add(Paragraph.of("Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị phản ánh về"
                        + " Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, giải quyết."))
                .reference(cited)
                .attachment(new Attachment("Gửi kèm theo Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh", cited))
                .endMark(true)
                .build();

        Recipients recipients = new Recipients(
                List.of(new Recipient("Các phòng, đơn vị thuộc và trực thuộc Sở", null, ".")),
                List.of(Recipient.of(Recipient.AS_ABOVE), Recipient.of("Sở Nội vụ", "để theo dõi"),
                        Recipient.of("Giám đốc, các Phó Giám đốc Sở"), Recipient.of("Chánh Văn phòng Sở")),
                ArchiveLine.of("VT", "VP"));

        Closing closing = new Closing(SignatureBlock.of("Nguyễn Văn Minh", AuthorityLine.of("GIÁM ĐỐC")), recipients,
                new DrafterMark("XT", null), null);
        return new OfficialDispatch(header, body, closing);
    }

    /**
     * Prints the sample dispatch component by component.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(DocumentOutline.of(build()));
    }
}
