package io.github.vanban.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.text.VietnameseText;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentTypeTest {

    /** Điều 7 in order, with the abbreviations of Phụ lục III, Mục I exactly as printed. */
    private static final Map<String, String> DECREE = new LinkedHashMap<>();

    static {
        String[][] rows = {{"Nghị quyết", "NQ"}, {"Quyết định", "QĐ"}, {"Chỉ thị", "CT"}, {"Quy chế", "QC"},
            {"Quy định", "QyĐ"}, {"Thông cáo", "TC"}, {"Thông báo", "TB"}, {"Hướng dẫn", "HD"},
            {"Chương trình", "CTr"}, {"Kế hoạch", "KH"}, {"Phương án", "PA"}, {"Đề án", "ĐA"}, {"Dự án", "DA"},
            {"Báo cáo", "BC"}, {"Biên bản", "BB"}, {"Tờ trình", "TTr"}, {"Hợp đồng", "HĐ"}, {"Công văn", ""},
            {"Công điện", "CĐ"}, {"Bản ghi nhớ", "BGN"}, {"Bản thỏa thuận", "BTT"}, {"Giấy ủy quyền", "GUQ"},
            {"Giấy mời", "GM"}, {"Giấy giới thiệu", "GGT"}, {"Giấy nghỉ phép", "GNP"}, {"Phiếu gửi", "PG"},
            {"Phiếu chuyển", "PC"}, {"Phiếu báo", "PB"}, {"Thư công", ""}};
        for (String[] r : rows) {
            DECREE.put(r[0], r[1]);
        }
    }

    @Test
    void there_are_29_types_in_the_order_of_article_7_with_exact_names_and_abbreviations() {
        DocumentType[] types = DocumentType.values();
        assertThat(types).hasSize(29);
        int i = 0;
        for (Map.Entry<String, String> e : DECREE.entrySet()) {
            DocumentType t = types[i++];
            assertThat(t.articleOrder()).isEqualTo(i);
            assertThat(t.vietnameseName()).isEqualTo(e.getKey());
            assertThat(t.abbreviation()).isEqualTo(e.getValue().isEmpty() ? Optional.empty() : Optional.of(e.getValue()));
            assertThat(VietnameseText.isNfc(t.vietnameseName())).isTrue();
        }
    }

    @Test
    void cong_van_and_thu_cong_have_no_abbreviation_all_others_one_each() {
        assertThat(DocumentType.CONG_VAN.abbreviation()).isEmpty();
        assertThat(DocumentType.THU_CONG.abbreviation()).isEmpty();
        assertThat(Arrays.stream(DocumentType.values()).filter(t -> t.abbreviation().isPresent())).hasSize(27);
        assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::abbreviation).flatMap(Optional::stream)
                .distinct()).hasSize(27);
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void lookup_by_abbreviation_and_by_name_finds_the_type(DocumentType type) {
        type.abbreviation().ifPresent(a -> assertThat(DocumentType.fromAbbreviation(a)).contains(type));
        assertThat(DocumentType.fromName(type.vietnameseName())).contains(type);
        assertThat(DocumentType.fromName(type.heading())).contains(type);
        assertThat(DocumentType.fromName("  " + type.vietnameseName().toLowerCase(VietnameseText.VIETNAMESE) + " "))
                .contains(type);
        assertThat(DocumentType.fromName(java.text.Normalizer.normalize(type.vietnameseName(),
                java.text.Normalizer.Form.NFD))).contains(type);
    }

    @ParameterizedTest
    @CsvSource({"QyĐ, QUY_DINH", "QĐ, QUYET_DINH", "CTr, CHUONG_TRINH", "CT, CHI_THI", "TTr, TO_TRINH",
        "TC, THONG_CAO", "TB, THONG_BAO", "ĐA, DE_AN", "DA, DU_AN", "PC, PHIEU_CHUYEN", "PA, PHUONG_AN",
        "PB, PHIEU_BAO"})
    void easily_confused_abbreviations_are_told_apart(String abbreviation, DocumentType type) {
        assertThat(DocumentType.fromAbbreviation(abbreviation)).contains(type);
    }

    @ParameterizedTest
    @CsvSource({"QYĐ", "qđ", "CTR", "TTR", "ttr", "Ttr", "QD", "SY", "''", "Công văn"})
    void abbreviation_lookup_is_case_sensitive(String abbreviation) {
        assertThat(DocumentType.fromAbbreviation(abbreviation)).isEmpty();
    }

    @Test
    void abbreviation_lookup_accepts_decomposed_and_look_alike_free_nfc() {
        assertThat(DocumentType.fromAbbreviation("Q\u0110")).contains(DocumentType.QUYET_DINH);
        assertThat(DocumentType.fromAbbreviation("Q\u00D0")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Giấy uỷ quyền, GIAY_UY_QUYEN", "GIẤY ỦY QUYỀN, GIAY_UY_QUYEN", "Bản thoả thuận, BAN_THOA_THUAN",
        "bản  thỏa   thuận, BAN_THOA_THUAN", "QUYẾT ĐỊNH, QUYET_DINH", "Ðề án, DE_AN", "tờ trình, TO_TRINH"})
    void name_lookup_tolerates_case_spacing_tone_placement_and_look_alikes(String name, DocumentType type) {
        assertThat(DocumentType.fromName(name)).contains(type);
    }

    @ParameterizedTest
    @CsvSource({"Quyet dinh", "Quyết", "Luật", "Nghị định", "Công văn hỏa tốc", "''"})
    void name_lookup_does_not_guess(String name) {
        assertThat(DocumentType.fromName(name)).isEmpty();
    }

    @Test
    void heading_and_template_facts() {
        assertThat(DocumentType.QUYET_DINH.heading()).isEqualTo("QUYẾT ĐỊNH");
        assertThat(DocumentType.GIAY_UY_QUYEN.heading()).isEqualTo("GIẤY ỦY QUYỀN");
        assertThat(DocumentType.QUYET_DINH.template()).contains("1.2");
        assertThat(DocumentType.CONG_VAN.template()).contains("1.5");
        assertThat(DocumentType.BIEN_BAN.template()).contains("1.9");
        assertThat(DocumentType.HOP_DONG.template()).isEmpty();
        assertThat(DocumentType.CONG_VAN.subjectRule()).isEqualTo(DocumentType.SubjectRule.V_V);
        assertThat(DocumentType.GIAY_GIOI_THIEU.subjectRule()).isEqualTo(DocumentType.SubjectRule.NONE);
        assertThat(DocumentType.GIAY_NGHI_PHEP.subjectRule()).isEqualTo(DocumentType.SubjectRule.NONE);
        assertThat(DocumentType.THU_CONG.subjectRule()).isEqualTo(DocumentType.SubjectRule.UNSPECIFIED);
        assertThat(DocumentType.CONG_VAN.addresseeRule()).isEqualTo(DocumentType.AddresseeRule.ALWAYS);
        assertThat(DocumentType.TO_TRINH.addresseeRule()).isEqualTo(DocumentType.AddresseeRule.WHEN_UPWARD);
        assertThat(DocumentType.BAO_CAO.addresseeRule()).isEqualTo(DocumentType.AddresseeRule.WHEN_UPWARD);
        assertThat(DocumentType.QUYET_DINH.addresseeRule()).isEqualTo(DocumentType.AddresseeRule.NEVER);
    }
}
