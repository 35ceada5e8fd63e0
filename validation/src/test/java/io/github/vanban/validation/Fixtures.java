package io.github.vanban.validation;

import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.Clause;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.body.Point;
import io.github.vanban.core.component.ArchiveLine;
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
import io.github.vanban.core.component.SigningAuthority;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.GenericDocument;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Minutes;
import io.github.vanban.core.document.OfficialDispatch;
import io.github.vanban.core.document.Submission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Clean documents, one per base of the test vectors: each passes nd30-2020 as ISSUED without any finding. */
final class Fixtures {

    static final Organization SKHCN = new Organization("Sở Khoa học và Công nghệ", "UBND tỉnh Hưng Yên", "SKHCN", null);

    static final Map<String, Supplier<AdministrativeDocument>> BASES = Map.of(
            "cong-van", Fixtures::dispatch,
            "quyet-dinh", Fixtures::decision,
            "to-trinh", Fixtures::submission,
            "bien-ban", Fixtures::minutes,
            "giay-gioi-thieu", Fixtures::introduction);

    private Fixtures() {
    }

    static PlaceAndDate date() {
        return PlaceAndDate.of("Hưng Yên", PartialDate.of(LocalDate.of(2023, 2, 5)));
    }

    static SignatureBlock deputyDirector() {
        return new SignatureBlock(List.of(new AuthorityLine(SigningAuthority.KT, "GIÁM ĐỐC"),
                AuthorityLine.of("PHÓ GIÁM ĐỐC")), "Trần Thị Lan", io.github.vanban.core.component.SignatureKind.HANDWRITTEN);
    }

    static OfficialDispatch dispatch() {
        Header header = Header.builder().issuer(SKHCN).number(DocumentNumber.of(5, "SKHCN", "VP")).placeAndDate(date())
                .subject("V/v thực hiện kết luận thanh tra về công tác thi đua, khen thưởng").build();
        Body body = Body.builder()
                .add(Paragraph.of("Thực hiện Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh về việc thực hiện"
                        + " kết luận thanh tra, Giám đốc Sở đề nghị các phòng, đơn vị thực hiện các việc sau:"))
                .add(NumberedItem.of("1", "Phổ biến nội dung kết luận thanh tra tới công chức, viên chức."))
                .add(NumberedItem.of("2", "Tổ chức các phong trào thi đua gắn với nhiệm vụ chuyên môn."))
                .reference(new DocumentReference(DocumentType.CONG_VAN, "Công văn", new DocumentNumber("279", "UBND-NC"),
                        LocalDate.of(2023, 2, 15), "UBND tỉnh", "về việc thực hiện kết luận thanh tra"))
                .endMark(true).build();
        Recipients recipients = new Recipients(List.of(new Recipient("Các phòng, đơn vị thuộc Sở", null, ".")),
                List.of(Recipient.of("Như trên"), Recipient.of("Sở Nội vụ", "để theo dõi"), Recipient.of("Giám đốc Sở")),
                ArchiveLine.of("VT", "VP"));
        return new OfficialDispatch(header, body, new Closing(deputyDirector(), recipients, new DrafterMark("XT", 5), null));
    }

    static Decision decision() {
        Header header = Header.builder().issuer(SKHCN).number(DocumentNumber.of(12, "QĐ", "SKHCN")).placeAndDate(date())
                .subject("Về việc thành lập Tổ công tác rà soát sáng kiến").build();
        Body body = Body.builder()
                .legalBasis(LegalBasis.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"))
                .legalBasis(LegalBasis.of("Căn cứ Quyết định số 15/2021/QĐ-UBND ngày 10 tháng 5 năm 2021 của Ủy ban"
                        + " nhân dân tỉnh Hưng Yên quy định chức năng, nhiệm vụ của Sở Khoa học và Công nghệ;"))
                .legalBasis(LegalBasis.of("Theo đề nghị của Chánh Văn phòng Sở."))
                .add(new Article("1", "Thành lập Tổ công tác", List.of(
                        Clause.of("1", "Tổ công tác gồm các thành viên có tên trong danh sách kèm theo."),
                        new Clause("2", "Tổ công tác có nhiệm vụ:", null, List.of(
                                Point.of("a", "Rà soát các sáng kiến đã được công nhận;"),
                                Point.of("b", "Đề xuất biện pháp khắc phục hạn chế."))))))
                .add(new Article("2", "Hiệu lực thi hành", List.of(
                        Paragraph.of("Quyết định này có hiệu lực kể từ ngày ký."))))
                .add(new Article("3", "Trách nhiệm thi hành", List.of(
                        Paragraph.of("Chánh Văn phòng Sở, Thủ trưởng các đơn vị và các thành viên Tổ công tác chịu"
                                + " trách nhiệm thi hành Quyết định này, theo khoản 2 Điều 1."))))
                .endMark(true).build();
        Recipients recipients = new Recipients(List.of(),
                List.of(Recipient.of("Như Điều 3"), Recipient.of("UBND tỉnh", "để b/c")), ArchiveLine.of("VT", "VP"));
        return new Decision(header, "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", body,
                Closing.of(SignatureBlock.of("Nguyễn Văn Minh", AuthorityLine.of("GIÁM ĐỐC")), recipients));
    }

    static Submission submission() {
        Header header = Header.builder().issuer(SKHCN).number(DocumentNumber.of(7, "TTr", "SKHCN")).placeAndDate(date())
                .subject("Về việc đề nghị phê duyệt Kế hoạch thi đua năm 2023").build();
        Body body = Body.builder().add(Paragraph.of("Sở Khoa học và Công nghệ kính trình Ủy ban nhân dân tỉnh xem xét,"
                + " phê duyệt Kế hoạch thi đua năm 2023.")).endMark(true).build();
        Recipients recipients = new Recipients(List.of(new Recipient("Ủy ban nhân dân tỉnh Hưng Yên", null, "")),
                List.of(Recipient.of("Như trên")), ArchiveLine.of("VT", "VP"));
        return new Submission(header, body,
                Closing.of(SignatureBlock.of("Nguyễn Văn Minh", AuthorityLine.of("GIÁM ĐỐC")), recipients));
    }

    static Minutes minutes() {
        Header header = Header.builder().issuer(SKHCN).number(DocumentNumber.of(3, "BB", "SKHCN")).placeAndDate(date())
                .subject("Họp giao ban tháng 02 năm 2023").build();
        Body body = Body.builder().add(Paragraph.of("Cuộc họp kết thúc lúc 11 giờ cùng ngày.")).endMark(true).build();
        Recipients recipients = new Recipients(List.of(), List.of(Recipient.of("Các thành viên dự họp")),
                ArchiveLine.of("VT", "VP"));
        return Minutes.builder().header(header).body(body)
                .closing(Closing.of(SignatureBlock.of("Nguyễn Văn Minh", AuthorityLine.of("CHỦ TỌA")), recipients))
                .secretarySignature(SignatureBlock.of("Lê Văn Bình", AuthorityLine.of("THƯ KÝ"))).build();
    }

    static GenericDocument introduction() {
        Header header = Header.builder().issuer(SKHCN).number(DocumentNumber.of(21, "GGT", "SKHCN")).placeAndDate(date())
                .build();
        Body body = Body.builder().add(Paragraph.of("Sở Khoa học và Công nghệ trân trọng giới thiệu ông Lê Văn Bình,"
                + " chuyên viên Văn phòng Sở, được cử đến liên hệ công tác.")).endMark(true).build();
        Recipients recipients = new Recipients(List.of(), List.of(Recipient.of("Như trên")), ArchiveLine.of("VT"));
        return new GenericDocument(DocumentType.GIAY_GIOI_THIEU, header, body,
                Closing.of(SignatureBlock.of("Nguyễn Văn Minh", AuthorityLine.of("GIÁM ĐỐC")), recipients));
    }
}
