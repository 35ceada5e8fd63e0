package io.github.vanban.formats;

import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.Clause;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.body.Point;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.Attachment;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.OrganId;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.component.SigningAuthority;
import io.github.vanban.core.component.Urgency;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.OfficialDispatch;
import java.time.LocalDate;
import java.util.List;

/** The two documents of the golden files: a draft công văn and an issued quyết định, written for these tests. */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /** @return a draft công văn: number and day blank, one assignment, a cited dispatch sent along */
    public static OfficialDispatch dispatch() {
        DocumentReference cited = new DocumentReference(DocumentType.CONG_VAN, "Công văn",
                new DocumentNumber("1187", "UBND-KGVX"), LocalDate.of(2024, 3, 8), "UBND tỉnh Bắc Ninh");
        Header header = Header.builder()
                .issuer(new Organization("Sở Giáo dục và Đào tạo", "UBND tỉnh Bắc Ninh", "SGDĐT", null))
                .number(DocumentNumber.blank("SGDĐT", "VP"))
                .placeAndDate(PlaceAndDate.of("Bắc Ninh", PartialDate.ofMonth(2024, 3)))
                .subject("V/v triển khai kiểm tra an toàn trường học năm 2024")
                .urgency(Urgency.KHAN)
                .draftMarker(true)
                .build();
        Body body = Body.builder()
                .add(Paragraph.of("Thực hiện " + cited.format() + ", Sở Giáo dục và Đào tạo đề nghị các đơn vị"
                        + " thực hiện các nội dung sau:"))
                .add(NumberedItem.of("1", "Rà soát hệ thống phòng cháy, chữa cháy tại các cơ sở giáo dục."))
                .add(new NumberedItem("2", "Giao Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Văn phòng Sở"
                        + " tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 30/4/2024.",
                        new Assignment("Phòng Kế hoạch - Tài chính", List.of("Văn phòng Sở"),
                                "tổng hợp kết quả kiểm tra", LocalDate.of(2024, 4, 30), "trước ngày 30/4/2024",
                                "Giám đốc Sở"), List.of()))
                .add(Paragraph.of("Đề nghị các đơn vị nghiêm túc thực hiện./."))
                .reference(cited)
                .attachment(new Attachment("Bản sao " + cited.format(), cited))
                .endMark(true)
                .build();
        Recipients recipients = new Recipients(
                List.of(new Recipient("Các trường trung học phổ thông trên địa bàn tỉnh", null, ".")),
                List.of(Recipient.of(Recipient.AS_ABOVE), Recipient.of("UBND tỉnh", "để b/c"),
                        new Recipient("Giám đốc, các Phó Giám đốc Sở", null, ";")),
                ArchiveLine.of("VT", "VP"));
        Closing closing = new Closing(new SignatureBlock(List.of(new AuthorityLine(SigningAuthority.KT, "GIÁM ĐỐC"),
                AuthorityLine.of("PHÓ GIÁM ĐỐC")), "Trần Thị Hạnh", SignatureKind.UNSIGNED), recipients,
                new DrafterMark("HT", 12), new ContactFooter("Số 1 đường Lý Thái Tổ, TP Bắc Ninh",
                "vanphong@bacninh.edu.vn", null, "0222 3822 000", null));
        return new OfficialDispatch(header, body, closing);
    }

    /** @return an issued quyết định: enacting authority, căn cứ, three articles with clauses and points */
    public static Decision decision() {
        Header header = Header.builder()
                .issuer(new Organization("Ủy ban nhân dân tỉnh Quảng Trị", null, "UBND",
                        new OrganId("000.00.00.H47", OrganId.Form.LEGACY)))
                .number(DocumentNumber.of(356, "QĐ", "UBND"))
                .placeAndDate(PlaceAndDate.of("Quảng Trị", PartialDate.of(LocalDate.of(2025, 2, 14))))
                .subject("Về việc khen thưởng thành tích xuất sắc trong phong trào thi đua năm 2024")
                .build();
        Body body = Body.builder()
                .legalBasis(LegalBasis.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"))
                .legalBasis(new LegalBasis("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        new DocumentReference(null, "Luật", null, LocalDate.of(2022, 6, 15), null,
                                "Thi đua, khen thưởng")))
                .legalBasis(LegalBasis.of("Theo đề nghị của Giám đốc Sở Nội vụ."))
                .add(new Article("1", "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", List.of(
                        new Clause("1", "Cho 05 tập thể và 12 cá nhân có thành tích xuất sắc:", null, List.of(
                                Point.of("a", "Tập thể: danh sách tại Phụ lục I;"),
                                Point.of("đ", "Cá nhân: danh sách tại Phụ lục II."))),
                        Clause.of("2", "Mỗi tập thể, cá nhân được tặng kèm tiền thưởng theo quy định."))))
                .add(new Article("2", "Kinh phí", List.of(Paragraph.of("Kinh phí khen thưởng chi từ Quỹ thi đua,"
                        + " khen thưởng của tỉnh."))))
                .add(new Article("3", "Trách nhiệm thi hành", List.of(new Paragraph("Chánh Văn phòng Ủy ban nhân"
                        + " dân tỉnh, Giám đốc Sở Nội vụ và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm"
                        + " thi hành Quyết định này.", Assignment.of("Sở Nội vụ", List.of(),
                        "thi hành Quyết định này")))))
                .endMark(true)
                .appendix(new io.github.vanban.core.component.Appendix("I", "Danh sách tập thể được khen thưởng",
                        "(Kèm theo Quyết định số 356/QĐ-UBND ngày 14/02/2025)", List.of("1. Trường THPT Đông Hà",
                        "2. Bệnh viện đa khoa tỉnh")))
                .build();
        Recipients recipients = new Recipients(List.of(), List.of(Recipient.of("Như Điều 3"),
                Recipient.of("Thường trực Tỉnh ủy", "b/c"), new Recipient("Lưu trữ lịch sử tỉnh", null, ";")),
                new ArchiveLine(List.of("VT", "NV"), 2, "."));
        Closing closing = new Closing(new SignatureBlock(List.of(new AuthorityLine(SigningAuthority.TM,
                "ỦY BAN NHÂN DÂN"), AuthorityLine.of("CHỦ TỊCH")), "Võ Văn Hưng", SignatureKind.DIGITAL),
                recipients, new DrafterMark("NV", 20), null);
        return new Decision(header, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", body, closing);
    }
}
