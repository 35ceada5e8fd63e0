package io.github.vanban.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.component.Attachment;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.document.DocumentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyTest {

    private static final Assignment A1 = Assignment.of("Văn phòng", List.of(), "tổng hợp");
    private static final Assignment A2 = new Assignment("Phòng Quản lý chuyên ngành", List.of("Văn phòng Sở"),
            "rà soát", LocalDate.of(2023, 3, 31), null, "Giám đốc Sở");
    private static final Assignment A3 = new Assignment("Phòng Tổ chức", List.of(), "báo cáo", null, "hằng quý", null);
    private static final Assignment A4 = Assignment.of("Thanh tra Sở", List.of("Văn phòng"), "kiểm tra");

    /** A tree with assignments at every level that can carry one: paragraph, item, clause, point. */
    static Body tree() {
        Point point = new Point("đ", "Thanh tra kiểm tra.", A4, List.of());
        Clause clause = new Clause("2", "Giao nhiệm vụ:", A3, List.of(point));
        Article article = new Article("1", "Giao nhiệm vụ", List.of(Clause.of("1", "Không giao."), clause));
        Section section = new Section("1", "Mục một", List.of(article));
        Subsection sub = new Subsection("1", "Tiểu mục", List.of(Paragraph.of("Trống.")));
        Chapter chapter = new Chapter("I", "Chương một", List.of(section, sub));
        Part part = new Part("I", "Phần một", List.of(chapter));
        NumberedItem item = new NumberedItem("1", "Giao Phòng Quản lý chuyên ngành chủ trì.", A2, List.of());
        return Body.builder().legalBasis(LegalBasis.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"))
                .add(new Paragraph("Giao Văn phòng tổng hợp.", A1)).add(item).add(part).endMark(true).build();
    }

    @Test
    void assignments_are_listed_from_every_level_in_document_order() {
        assertThat(tree().assignments()).containsExactly(A1, A2, A3, A4);
    }

    @Test
    void forEachElement_walks_depth_first_in_document_order() {
        List<String> kinds = new ArrayList<>();
        tree().forEachElement(e -> kinds.add(e.getClass().getSimpleName()));
        assertThat(kinds).containsExactly("Paragraph", "NumberedItem", "Part", "Chapter", "Section", "Article",
                "Clause", "Clause", "Point", "Subsection", "Paragraph");
    }

    @Test
    void builder_collects_every_part_and_lists_are_immutable() {
        DocumentReference ref = new DocumentReference(DocumentType.CONG_VAN, null, new DocumentNumber("279", "UBND-NC"),
                LocalDate.of(2023, 2, 15), "UBND tỉnh");
        Appendix appendix = new Appendix("I", "Danh sách", null, List.of("1. A"));
        Body b = Body.builder().reference(ref).attachment(new Attachment("Gửi kèm theo Công văn", ref))
                .appendix(appendix).build();
        assertThat(b.references()).containsExactly(ref);
        assertThat(b.attachments()).extracting(Attachment::document).containsExactly(ref);
        assertThat(b.appendices()).containsExactly(appendix);
        assertThat(b.endMark()).isFalse();
        assertThat(tree().legalBases()).extracting(LegalBasis::text)
                .containsExactly("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
        assertThatThrownBy(() -> b.content().add(Paragraph.of("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Body.EMPTY.assignments()).isEmpty();
    }
}
