package io.github.vanban.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.OfficialDispatch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleDispatchTest {

    private static final OfficialDispatch DISPATCH = SampleDispatch.build();
    private static final DocumentReference CITED = new DocumentReference(DocumentType.CONG_VAN, "Công văn",
            new DocumentNumber("279", "UBND-NC"), LocalDate.of(2023, 2, 15), "UBND tỉnh",
            "về việc thực hiện kết luận thanh tra công tác thi đua, khen thưởng");

    @Test
    void header_is_a_draft_cong_van_with_blank_number_and_day() {
        assertThat(DISPATCH.type()).isEqualTo(DocumentType.CONG_VAN);
        assertThat(DISPATCH.header().issuer())
                .isEqualTo(new Organization("Sở Khoa học và Công nghệ", "UBND tỉnh Hưng Yên", "SKHCN", null));
        DocumentNumber number = DISPATCH.header().number();
        assertThat(number.isBlank()).isTrue();
        assertThat(number.number()).isNull();
        assertThat(number.groups()).containsExactly("SKHCN", "VP");
        PartialDate date = DISPATCH.header().placeAndDate().date();
        assertThat(DISPATCH.header().placeAndDate().place()).isEqualTo("Hưng Yên");
        assertThat(date.day()).isNull();
        assertThat(date.month()).isEqualTo(2);
        assertThat(date.year()).isEqualTo(2023);
        assertThat(DISPATCH.header().subject()).startsWith("V/v ");
        assertThat(DISPATCH.header().confidentiality()).isNull();
        assertThat(DISPATCH.header().urgency()).isNull();
        assertThat(DISPATCH.header().draftMarker()).isFalse();
    }

    @Test
    void body_has_four_items_the_last_an_assignment_a_cited_dispatch_and_an_attachment() {
        List<BodyElement> content = DISPATCH.body().content();
        assertThat(content).extracting(e -> e.getClass().getSimpleName()).containsExactly("Paragraph",
                "NumberedItem", "NumberedItem", "NumberedItem", "NumberedItem", "Paragraph");
        List<NumberedItem> items = content.stream().filter(NumberedItem.class::isInstance).map(NumberedItem.class::cast)
                .toList();
        assertThat(items).extracting(NumberedItem::label).containsExactly("1", "2", "3", "4");
        assertThat(items.subList(0, 3)).extracting(NumberedItem::assignment).containsOnlyNulls();
        Assignment assignment = items.get(3).assignment();
        assertThat(assignment.lead()).isEqualTo("Phòng Quản lý chuyên ngành");
        assertThat(assignment.coordinators()).containsExactly("Văn phòng Sở", "các đơn vị liên quan");
        assertThat(assignment.task()).isEqualTo("rà soát, tham mưu khắc phục các hạn chế về hoạt động sáng kiến");
        assertThat(assignment.dueDate()).isNull();
        assertThat(DISPATCH.assignments()).containsExactly(assignment);
        assertThat(((Paragraph) content.get(0)).text()).contains(CITED.format());
        assertThat(DISPATCH.body().references()).containsExactly(CITED);
        assertThat(DISPATCH.body().attachments()).singleElement().satisfies(a -> {
            assertThat(a.document()).isEqualTo(CITED);
            assertThat(a.description()).isEqualTo("Gửi kèm theo Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh");
        });
        assertThat(DISPATCH.body().legalBases()).isEmpty();
        assertThat(DISPATCH.body().appendices()).isEmpty();
        assertThat(DISPATCH.body().endMark()).isTrue();
    }

    @Test
    void closing_has_addressee_recipients_with_purposes_archive_drafter_and_signer() {
        var recipients = DISPATCH.closing().recipients();
        assertThat(recipients.addressees()).extracting(Recipient::name, Recipient::ending)
                .containsExactly(tuple("Các phòng, đơn vị thuộc và trực thuộc Sở", "."));
        assertThat(recipients.distribution()).extracting(Recipient::name, Recipient::purpose, Recipient::ending)
                .containsExactly(tuple("Như trên", null, ";"), tuple("Sở Nội vụ", "để theo dõi", ";"),
                        tuple("Giám đốc, các Phó Giám đốc Sở", null, ";"), tuple("Chánh Văn phòng Sở", null, ";"));
        assertThat(recipients.distribution().get(0).isAsAbove()).isTrue();
        assertThat(recipients.archive()).isEqualTo(new ArchiveLine(List.of("VT", "VP"), null, "."));
        assertThat(DISPATCH.closing().drafterMark()).isEqualTo(new DrafterMark("XT", null));
        var signature = DISPATCH.closing().signature();
        assertThat(signature.fullName()).isEqualTo("Nguyễn Văn Minh");
        assertThat(signature.lines()).containsExactly(AuthorityLine.of("GIÁM ĐỐC"));
        assertThat(signature.competence()).isEmpty();
        assertThat(signature.kind()).isEqualTo(SignatureKind.HANDWRITTEN);
        assertThat(DISPATCH.closing().contactFooter()).isNull();
    }

    @Test
    void main_prints_the_dispatch_component_by_component() {
        String out = runMain();
        assertThat(out.lines().map(l -> l.replaceFirst(":\\s+", ": "))).containsExactly(
                "Loại văn bản: Công văn",
                "Cơ quan chủ quản: UBND tỉnh Hưng Yên",
                "Cơ quan ban hành: Sở Khoa học và Công nghệ (SKHCN)",
                "Số, ký hiệu: Số: /SKHCN-VP   [số để trống: dự thảo]",
                "Địa danh, ngày tháng: Hưng Yên, ngày   tháng 02 năm 2023   [ngày để trống: dự thảo]",
                "Trích yếu: V/v thực hiện kết luận thanh tra về công tác thi đua, khen thưởng",
                "Kính gửi: Các phòng, đơn vị thuộc và trực thuộc Sở.",
                "Đoạn: " + ((Paragraph) DISPATCH.body().content().get(0)).text(),
                "Mục 1: " + item(1).text(),
                "Mục 2: " + item(2).text(),
                "Mục 3: " + item(3).text(),
                "Mục 4: " + item(4).text(),
                "Đoạn: " + ((Paragraph) DISPATCH.body().content().get(5)).text(),
                "Kết thúc: ./.",
                "Giao nhiệm vụ: chủ trì: Phòng Quản lý chuyên ngành; phối hợp: Văn phòng Sở, các đơn vị liên quan;"
                        + " nhiệm vụ: rà soát, tham mưu khắc phục các hạn chế về hoạt động sáng kiến",
                "Văn bản trích dẫn: Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh về việc thực hiện kết luận"
                        + " thanh tra công tác thi đua, khen thưởng",
                "Tài liệu kèm theo: Gửi kèm theo Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh",
                "Quyền hạn, chức vụ: GIÁM ĐỐC",
                "Người ký: Nguyễn Văn Minh",
                "Nơi nhận: - Như trên;",
                "Nơi nhận: - Sở Nội vụ (để theo dõi);",
                "Nơi nhận: - Giám đốc, các Phó Giám đốc Sở;",
                "Nơi nhận: - Chánh Văn phòng Sở;",
                "Lưu: - Lưu: VT, VP.",
                "Người soạn thảo: XT");
    }

    private static NumberedItem item(int n) {
        return (NumberedItem) DISPATCH.body().content().get(n);
    }

    private static String runMain() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            SampleDispatch.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
