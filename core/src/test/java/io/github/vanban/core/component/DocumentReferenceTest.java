package io.github.vanban.core.component;

import static io.github.vanban.core.ParseAssertions.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.vanban.core.ParseAssertions;
import io.github.vanban.core.ParseException;
import io.github.vanban.core.VietnameseGen;
import io.github.vanban.core.document.DocumentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DocumentReferenceTest {

    /** Words that open a trích yếu in a citation (lower case). */
    private static final List<String> LEADS = List.of("về", "về việc", "quy định", "quy định chi tiết",
            "hướng dẫn", "ban hành", "sửa đổi, bổ sung", "phê duyệt", "thành lập", "giao");

    /**
     * Citations within the domain that {@link DocumentReference#parse} reads back (see its Javadoc): numbered
     * citations of any type with an optional trích yếu, and laws cited by name with optional số/ký hiệu, date
     * and (after one of them) issuer.
     */
    static Gen<DocumentReference> references() {
        return Generate.oneOf(numbered(), named());
    }

    private static Gen<DocumentNumber> numbers() {
        return integers().between(1, 9999).zip(VietnameseGen.notation(),
                (n, notation) -> new DocumentNumber(String.format("%02d", n), notation));
    }

    private static Gen<LocalDate> dates() {
        return Generate.longRange(LocalDate.of(1945, 9, 2).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static Gen<String> issuers() {
        return Generate.oneOf(VietnameseGen.properName(), Generate.pick(List.of("UBND tỉnh",
                "Bộ Nội vụ", "Ủy ban nhân dân tỉnh Hưng Yên", "Sở Khoa học và Công nghệ", "Thủ tướng Chính phủ")));
    }

    private static Gen<DocumentReference> numbered() {
        Gen<DocumentType> types = Generate.enumValues(DocumentType.class);
        Gen<String[]> kind = Generate.oneOf(types.map(t -> new String[] {t.name(), t.vietnameseName()}),
                Generate.pick(List.of("Luật", "Nghị định", "Thông tư", "Pháp lệnh")).map(n -> new String[] {null, n}));
        Gen<String> title = Generate.pick(LEADS).zip(VietnameseGen.text(), (lead, words) -> lead + " " + words);
        return kind.zip(numbers(), dates().toOptionals(75), issuers().toOptionals(75),
                (k, n, d, i) -> new DocumentReference(k[0] == null ? null : DocumentType.valueOf(k[0]), k[1], n,
                        d.orElse(null), i.orElse(null), null))
                .zip(title.toOptionals(60), (r, t) -> new DocumentReference(r.type(), r.typeName(), r.number(),
                        r.date(), r.issuer(), t.orElse(null)));
    }

    private static Gen<DocumentReference> named() {
        Gen<String> kind = Generate.pick(List.of("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"));
        Gen<String> name = Generate.oneOf(VietnameseGen.text(), Generate.pick(List.of("Thi đua, khen thưởng",
                "Tổ chức chính quyền địa phương", "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ"
                        + " chức chính quyền địa phương", "Trật tự, an toàn giao thông đường bộ")));
        return kind.zip(name, numbers().toOptionals(40), dates().toOptionals(70),
                (k, t, n, d) -> new DocumentReference(null, k, n.orElse(null), d.orElse(null), null, t))
                .zip(issuers().toOptionals(30), (r, i) -> r.number() == null && r.date() == null ? r
                        : new DocumentReference(null, r.typeName(), r.number(), r.date(), i.orElse(null), r.title()));
    }

    @Test
    void format_then_parse_gives_back_the_value() {
        qt().forAll(references()).checkAssert(r -> {
            assertThat(parsed(DocumentReference::parse, r.format())).isEqualTo(r);
        });
    }

    @Test
    void reads_a_full_citation() throws ParseException {
        DocumentReference r = DocumentReference.parse("Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh");
        assertThat(r).isEqualTo(new DocumentReference(DocumentType.CONG_VAN, "Công văn",
                new DocumentNumber("279", "UBND-NC"), LocalDate.of(2023, 2, 15), "UBND tỉnh"));
        assertThat(r.format()).isEqualTo("Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh");
    }

    @Test
    void reads_the_long_date_form_and_types_outside_the_29() throws ParseException {
        DocumentReference qd = DocumentReference.parse("Quyết định số 15/QĐ-BNV ngày 05 tháng 01 năm 2020.");
        assertThat(qd.type()).isEqualTo(DocumentType.QUYET_DINH);
        assertThat(qd.date()).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(qd.issuer()).isNull();
        DocumentReference nd = DocumentReference.parse("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;");
        assertThat(nd.type()).isNull();
        assertThat(nd.typeName()).isEqualTo("Nghị định");
        assertThat(nd.number()).isEqualTo(new DocumentNumber("30", "2020/NĐ-CP"));
        assertThat(nd.issuer()).isEqualTo("Chính phủ");
    }

    @Test
    void type_fills_in_the_type_name() {
        assertThat(new DocumentReference(DocumentType.TO_TRINH, null, null, null, null).typeName()).isEqualTo("Tờ trình");
        assertThat(new DocumentReference(DocumentType.TO_TRINH, null, null, null, null).format()).isEqualTo("Tờ trình");
    }

    @Test
    void reads_the_trich_yeu_after_the_issuer() throws ParseException {
        DocumentReference r = DocumentReference.parse("Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy"
                + " định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;");
        assertThat(r).isEqualTo(new DocumentReference(null, "Nghị định", new DocumentNumber("98", "2023/NĐ-CP"),
                LocalDate.of(2023, 12, 31), "Chính phủ",
                "quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng"));
        assertThat(r.format()).isEqualTo("Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi"
                + " tiết thi hành một số điều của Luật Thi đua, khen thưởng");
        DocumentReference cv = DocumentReference.parse("Công văn số 279/UBND-NC ngày 15/02/2023 của UBND tỉnh về việc"
                + " triển khai thực hiện Kết luận thanh tra.");
        assertThat(cv.issuer()).isEqualTo("UBND tỉnh");
        assertThat(cv.title()).isEqualTo("về việc triển khai thực hiện Kết luận thanh tra");
        DocumentReference noIssuer = DocumentReference.parse("Quyết định số 15/QĐ-BNV ban hành Quy chế làm việc");
        assertThat(noIssuer.issuer()).isNull();
        assertThat(noIssuer.date()).isNull();
        assertThat(noIssuer.title()).isEqualTo("ban hành Quy chế làm việc");
    }

    @Test
    void an_issuer_without_a_lower_case_opening_word_keeps_the_rest() throws ParseException {
        // "Kết luận" in capitals opens no trích yếu: the words stay with the issuer, nothing is dropped
        DocumentReference r = DocumentReference.parse("Thông báo số 552/TB-VPCP ngày 13/10/2025 của Văn phòng Chính"
                + " phủ Kết luận Phiên họp");
        assertThat(r.issuer()).isEqualTo("Văn phòng Chính phủ Kết luận Phiên họp");
        assertThat(r.title()).isNull();
    }

    @Test
    void reads_laws_cited_by_name() throws ParseException {
        DocumentReference local = DocumentReference.parse("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
        assertThat(local).isEqualTo(new DocumentReference(null, "Luật", null, LocalDate.of(2015, 6, 19), null,
                "Tổ chức chính quyền địa phương"));
        assertThat(local.citedByName()).isTrue();
        assertThat(local.format()).isEqualTo("Luật Tổ chức chính quyền địa phương ngày 19/06/2015");
        assertThat(DocumentReference.parse("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022.").title())
                .isEqualTo("Thi đua, khen thưởng");
        DocumentReference amending = DocumentReference.parse("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức"
                + " Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019");
        assertThat(amending.title()).isEqualTo("sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ"
                + " chức chính quyền địa phương");
        assertThat(amending.issuer()).isNull();
        assertThat(amending.date()).isEqualTo(LocalDate.of(2019, 11, 22));
        DocumentReference code = DocumentReference.parse("Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019 của Quốc"
                + " hội");
        assertThat(code).isEqualTo(new DocumentReference(null, "Bộ luật", new DocumentNumber("45", "2019/QH14"),
                LocalDate.of(2019, 11, 20), "Quốc hội", "Lao động"));
        assertThat(DocumentReference.parse("Pháp lệnh Ưu đãi người có công với cách mạng").title())
                .isEqualTo("Ưu đãi người có công với cách mạng");
        DocumentReference numbered = DocumentReference.parse("Luật số 48/2014/QH13");
        assertThat(numbered.title()).isNull();
        assertThat(numbered.typeName()).isEqualTo("Luật");
        assertThat(numbered.citedByName()).isTrue();
        assertThat(new DocumentReference(DocumentType.CONG_VAN, null, null, null, null, "về việc X").citedByName())
                .isFalse();
    }

    @Test
    void the_five_part_constructor_and_the_builder_agree() {
        DocumentNumber n = new DocumentNumber("279", "UBND-NC");
        LocalDate d = LocalDate.of(2023, 2, 15);
        assertThat(new DocumentReference(DocumentType.CONG_VAN, "Công văn", n, d, "UBND tỉnh"))
                .isEqualTo(DocumentReference.builder().type(DocumentType.CONG_VAN).number(n).date(d)
                        .issuer("UBND tỉnh").build())
                .extracting(DocumentReference::title).isNull();
        assertThat(DocumentReference.builder().typeName("Luật").title("  Thi đua, khen thưởng ").build().title())
                .isEqualTo("Thi đua, khen thưởng");
        assertThat(DocumentReference.builder().typeName("Luật").title(" ").build().title()).isNull();
    }

    @Test
    void rejects_what_is_not_a_citation_naming_where() {
        assertError("Công văn của UBND tỉnh", 0, "expected \"<loại> số");
        assertError("Công văn số 279/UBND-NC ngày 15.02.2023", 23, "expected \"ngày dd/mm/yyyy\"");
        assertError("Công văn số 279/UBND-NC ngày 31/02/2023", 29, "no such date");
        assertError("Công văn số 279/UBND-NC của UBND tỉnh (bản sao)", 23, "or a trích yếu");
        assertError("Luật Giáo dục ngày 15.02.2023", 13, "expected \"Luật <tên>\" then");
        assertError("Bộ luật ngày 15/02/2023", 7, "expected \"Bộ luật <tên>\"");
        assertError("Luật Giáo dục ngày 31/02/2019", 19, "no such date");
        assertError("Luật Giáo dục; Luật Thi đua, khen thưởng", 13, "expected \"Luật <tên>\"");
        assertError("Luật số 48/2014/QH13 ngày 15.02.2023", 20, "after the số/ký hiệu");
        assertError("Luật Giáo dục số 43/2019/QH14 ngày 15.02.2023", 29, "expected \"Luật <tên>\"");
    }

    private static void assertError(String text, int offset, String reason) {
        ParseAssertions.assertParseError(DocumentReference::parse, text, "văn bản được trích dẫn", offset, reason);
    }
}
