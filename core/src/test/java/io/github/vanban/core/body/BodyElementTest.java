package io.github.vanban.core.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyElementTest {

    @Test
    void structural_units_keep_number_title_and_children() {
        List<BodyElement> kids = new ArrayList<>(List.of(Paragraph.of("a")));
        Article article = new Article(" 3 ", " Hiệu lực thi hành ", kids);
        kids.clear();
        assertThat(article.number()).isEqualTo("3");
        assertThat(article.title()).isEqualTo("Hiệu lực thi hành");
        assertThat(article.heading()).isEqualTo("Điều 3.");
        assertThat(article.children()).containsExactly(Paragraph.of("a"));
        assertThat(new Part("II", "Phần", List.of()).children()).isEmpty();
        assertThat(new Chapter("IV", "Chương", List.of()).children()).isEmpty();
        assertThat(new Section("2", "Mục", List.of()).children()).isEmpty();
        assertThat(new Subsection("1", "Tiểu mục", List.of()).children()).isEmpty();
    }

    @Test
    void leaves_and_numbered_elements() {
        assertThat(Paragraph.of("Đoạn.").children()).isEmpty();
        assertThat(Paragraph.of("Đoạn.").assignment()).isNull();
        assertThat(NumberedItem.of(" 1 ", "Mục.").label()).isEqualTo("1");
        assertThat(Clause.of("2", "Khoản.").number()).isEqualTo("2");
        assertThat(Point.of(" đ ", "Điểm.").letter()).isEqualTo("đ");
        assertThat(Point.LETTERS).startsWith("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k").hasSize(23)
                .doesNotContain("f", "j", "w", "z");
    }

    @Test
    void texts_are_stored_in_nfc() {
        assertThat(Paragraph.of("ho\u0300a").text()).isEqualTo("hòa");
        assertThat(NumberedItem.of("1", "ho\u0300a").text()).isEqualTo("hòa");
        assertThat(Point.of("d\u0323", "x").letter()).isEqualTo("ḍ");
        assertThat(LegalBasis.of(" Căn cứ ho\u0300a; ").text()).isEqualTo("Căn cứ hòa;");
    }

    @Test
    void assignment_normalises_texts_and_blank_optionals() {
        Assignment a = new Assignment(" Văn phòng ", List.of(" Phòng A ", "Phòng B"), " việc ", null, " ", " ");
        assertThat(a.lead()).isEqualTo("Văn phòng");
        assertThat(a.coordinators()).containsExactly("Phòng A", "Phòng B");
        assertThat(a.task()).isEqualTo("việc");
        assertThat(a.deadlineText()).isNull();
        assertThat(a.reportTo()).isNull();
    }
}
