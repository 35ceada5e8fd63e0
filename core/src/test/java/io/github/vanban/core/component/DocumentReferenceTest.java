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

    static Gen<DocumentReference> references() {
        Gen<DocumentType> types = Generate.enumValues(DocumentType.class);
        Gen<String[]> kind = Generate.oneOf(types.map(t -> new String[] {t.name(), t.vietnameseName()}),
                Generate.pick(List.of("Luật", "Nghị định", "Thông tư", "Pháp lệnh")).map(n -> new String[] {null, n}));
        Gen<DocumentNumber> number = integers().between(1, 9999).zip(VietnameseGen.notation(),
                (n, notation) -> new DocumentNumber(String.format("%02d", n), notation));
        Gen<LocalDate> date = Generate.longRange(LocalDate.of(1945, 9, 2).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<String> issuer = Generate.oneOf(VietnameseGen.properName(), Generate.pick(List.of("UBND tỉnh",
                "Bộ Nội vụ", "Ủy ban nhân dân tỉnh Hưng Yên", "Sở Khoa học và Công nghệ")));
        return kind.zip(number, date.toOptionals(75), issuer.toOptionals(75), (k, n, d, i) -> new DocumentReference(
                k[0] == null ? null : DocumentType.valueOf(k[0]), k[1], n, d.orElse(null), i.orElse(null)));
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
    void rejects_what_is_not_a_citation_naming_where() {
        assertError("Công văn của UBND tỉnh", 0, "expected \"<loại> số");
        assertError("Công văn số 279/UBND-NC ngày 15.02.2023", 23, "expected \"ngày dd/mm/yyyy\"");
        assertError("Công văn số 279/UBND-NC ngày 31/02/2023", 29, "no such date");
    }

    private static void assertError(String text, int offset, String reason) {
        ParseAssertions.assertParseError(DocumentReference::parse, text, "văn bản được trích dẫn", offset, reason);
    }
}
