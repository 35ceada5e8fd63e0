package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Căn cứ and citations (Phụ lục I, II.6.a–b): laws cited by name give a reference with their name and date, numbered
 * citations keep the trích yếu after the issuer, and the text of every căn cứ is kept as written.
 */
class CitationReadingTest {

    private static final List<String> BASES = List.of(
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa"
                    + " phương ngày 22 tháng 11 năm 2019;",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Luật Giao thông đường thủy nội địa số 23/2004/QH11 được sửa đổi, bổ sung bởi Luật số 48/2014/QH13;",
            "Căn cứ Bộ luật Lao động số 45/2019/QH14 và Nghị định số 145/2020/NĐ-CP của Chính phủ;",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của"
                    + " Luật Thi đua, khen thưởng;",
            "Căn cứ Thông tư số 08/2021/TT-BGDĐT ngày 18 tháng 3 năm 2021 của Bộ Giáo dục và Đào tạo ban hành Quy chế"
                    + " đào tạo trình độ đại học;",
            "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính được sửa"
                    + " đổi, bổ sung bởi Nghị định số 48/2013/NĐ-CP;",
            "Theo đề nghị của Giám đốc Sở Nội vụ.");

    private static final String DECISION = String.join("\n",
            "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 15/QĐ-UBND",
            "Hưng Yên, ngày 05 tháng 3 năm 2024",
            "QUYẾT ĐỊNH",
            "Về việc khen thưởng",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
            String.join("\n", BASES),
            "QUYẾT ĐỊNH:",
            "Điều 1. Tặng Bằng khen",
            "Thực hiện Công văn số 279/UBND-NC ngày 15/02/2024 của UBND tỉnh về việc triển khai thực hiện Kết luận"
                    + " thanh tra. Giám đốc Sở thực hiện.",
            "Điều 2. Chánh Văn phòng thi hành Quyết định này./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT, NV.",
            "CHỦ TỊCH",
            "Nguyễn Văn An");

    private static AdministrativeDocument read() {
        return TextReader.read(DECISION).result().document();
    }

    private static DocumentReference basis(int i) {
        return read().body().legalBases().get(i).reference();
    }

    @Test
    void every_basis_keeps_its_text_as_written() {
        assertThat(read().body().legalBases()).extracting(LegalBasis::text).containsExactlyElementsOf(BASES);
    }

    @Test
    void laws_cited_by_name_give_type_name_and_date() {
        assertThat(basis(0)).isEqualTo(new DocumentReference(null, "Luật", null, LocalDate.of(2015, 6, 19), null,
                "Tổ chức chính quyền địa phương"));
        assertThat(basis(1)).isEqualTo(new DocumentReference(null, "Luật", null, LocalDate.of(2019, 11, 22), null,
                "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"));
        assertThat(basis(2).title()).isEqualTo("Thi đua, khen thưởng");
        assertThat(basis(2).date()).isEqualTo(LocalDate.of(2022, 6, 15));
    }

    @Test
    void a_law_with_its_number_is_the_law_cited_not_the_amending_one() {
        assertThat(basis(3)).isEqualTo(new DocumentReference(null, "Luật", new DocumentNumber("23", "2004/QH11"), null,
                null, "Giao thông đường thủy nội địa"));
        assertThat(basis(4)).isEqualTo(new DocumentReference(null, "Bộ luật", new DocumentNumber("45", "2019/QH14"),
                null, null, "Lao động"));
    }

    @Test
    void numbered_citations_keep_their_trich_yeu() {
        assertThat(basis(5)).isEqualTo(new DocumentReference(null, "Nghị định", new DocumentNumber("98", "2023/NĐ-CP"),
                LocalDate.of(2023, 12, 31), "Chính phủ",
                "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"));
        // the issuer is read whole ("và Đào tạo"), the trích yếu after it
        assertThat(basis(6).issuer()).isEqualTo("Bộ Giáo dục và Đào tạo");
        assertThat(basis(6).title()).isEqualTo("ban hành Quy chế đào tạo trình độ đại học");
        // the amendments that follow are no part of the trích yếu
        assertThat(basis(7).title()).isEqualTo("về kiểm soát thủ tục hành chính");
        assertThat(basis(8)).isNull();
    }

    @Test
    void citations_in_the_body_keep_the_trich_yeu_up_to_the_end_of_the_sentence() {
        assertThat(read().body().references()).filteredOn(r -> r.number().code().equals("279/UBND-NC")).singleElement()
                .satisfies(r -> {
                    assertThat(r.issuer()).isEqualTo("UBND tỉnh");
                    assertThat(r.title()).isEqualTo("về việc triển khai thực hiện Kết luận thanh tra");
                });
        assertThat(read().body().references()).extracting(r -> r.number().code()).contains("98/2023/NĐ-CP",
                "145/2020/NĐ-CP", "48/2013/NĐ-CP");
    }

    @Test
    void the_date_of_a_law_in_a_basis_is_no_date_line_when_the_header_has_none() {
        String undated = DECISION.replace("Hưng Yên, ngày 05 tháng 3 năm 2024\n", "");
        AdministrativeDocument doc = TextReader.read(undated).result().document();
        assertThat(doc.header().placeAndDate()).isNull();
        assertThat(doc.body().legalBases()).extracting(LegalBasis::text).containsExactlyElementsOf(BASES);
    }

    @Test
    void the_writer_prints_the_bases_exactly_as_read() {
        AdministrativeDocument doc = read();
        String written = DocumentFormats.writeToString(doc, Format.TEXT);
        assertThat(written).contains(String.join("\n", BASES));
        assertThat(TextReader.read(written).result().document().body().legalBases())
                .isEqualTo(doc.body().legalBases());
    }
}
