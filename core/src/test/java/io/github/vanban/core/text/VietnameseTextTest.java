package io.github.vanban.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.VietnameseGen;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @Test
    void nfc_composes_decomposed_text() {
        assertThat(VietnameseText.nfc("Ho\u0300a Bi\u0300nh")).isEqualTo("Hòa Bình");
        assertThat(VietnameseText.nfc("Hòa Bình")).isEqualTo("Hòa Bình");
        assertThat(VietnameseText.isNfc("Ho\u0300a")).isFalse();
        assertThat(VietnameseText.isNfc("Hòa")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Hòa, Hoà", "Hòa Bình, HOÀ BÌNH", "hoà bình, Hòa  Bình", "Thủy, Thuỷ", "khỏe, khoẻ",
        "Ðồng Nai, Đồng Nai", "  Quy Nhơn , Quy Nhơn "})
    void comparison_key_folds_case_spacing_tone_placement_and_look_alikes(String a, String b) {
        assertThat(VietnameseText.comparisonKey(a)).isEqualTo(VietnameseText.comparisonKey(b));
        assertThat(VietnameseText.sameWords(a, b)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Hòa, Hoa", "Hòa, Hỏa", "Đồng, Dong", "Thuỷ, Thủ y", "Hà Nội, Hà Nọi"})
    void comparison_key_keeps_tones_and_letters(String a, String b) {
        assertThat(VietnameseText.sameWords(a, b)).isFalse();
    }

    @Test
    void comparison_key_ignores_normalisation_form_and_case_of_any_vietnamese_text() {
        qt().forAll(VietnameseGen.text()).checkAssert(t -> {
            String key = VietnameseText.comparisonKey(t);
            assertThat(VietnameseText.comparisonKey(Normalizer.normalize(t, Normalizer.Form.NFD))).isEqualTo(key);
            assertThat(VietnameseText.comparisonKey(VietnameseText.upperCase(t))).isEqualTo(key);
            assertThat(VietnameseText.comparisonKey(VietnameseText.titleCase(t))).isEqualTo(key);
        });
    }

    @Test
    void look_alike_eth_is_found_and_replaced() {
        assertThat(VietnameseText.containsLookAlikes("ÐỒNG")).isTrue();
        assertThat(VietnameseText.containsLookAlikes("ðồng")).isTrue();
        assertThat(VietnameseText.containsLookAlikes("ĐỒNG đồng")).isFalse();
        assertThat(VietnameseText.replaceLookAlikes("Ðồng ðồng")).isEqualTo("Đồng đồng");
        assertThat(VietnameseText.replaceLookAlikes("Đồng")).isEqualTo("Đồng");
    }

    @Test
    void mixed_tone_placement_is_detected() {
        assertThat(VietnameseText.hasMixedTonePlacement("Hòa Bình và Thanh Hoà")).isTrue();
        assertThat(VietnameseText.hasMixedTonePlacement("thủy lợi và hoà giải")).isTrue();
        assertThat(VietnameseText.hasMixedTonePlacement("Hòa Bình và thủy lợi")).isFalse();
        assertThat(VietnameseText.hasMixedTonePlacement("Hoà Bình và thuỷ lợi")).isFalse();
        assertThat(VietnameseText.hasMixedTonePlacement("quý khách và Hoà Bình, hoàng hôn")).isFalse();
        assertThat(VietnameseText.hasMixedTonePlacement("Ho\u0300a Bình và Thanh Hoa\u0300")).isTrue();
    }

    @Test
    void upper_lower_and_title_case() {
        assertThat(VietnameseText.upperCase("Sở Khoa học và Công nghệ")).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(VietnameseText.upperCase("đường ưu tiên ơn")).isEqualTo("ĐƯỜNG ƯU TIÊN ƠN");
        assertThat(VietnameseText.lowerCase("ĐỘC LẬP")).isEqualTo("độc lập");
        assertThat(VietnameseText.titleCase("TRẦN văn an")).isEqualTo("Trần Văn An");
        assertThat(VietnameseText.titleCase("đỗ   thị ánh")).isEqualTo("Đỗ   Thị Ánh");
        assertThat(VietnameseText.titleCase("vla-đi-mia")).isEqualTo("Vla-đi-mia");
        assertThat(VietnameseText.upperCase("i")).isEqualTo("I");
    }

    @Test
    void is_title_case_and_is_upper_case() {
        assertThat(VietnameseText.isTitleCase("Trần Tùng Chuẩn")).isTrue();
        assertThat(VietnameseText.isTitleCase("Trần tùng Chuẩn")).isFalse();
        assertThat(VietnameseText.isTitleCase("TRẦN Tùng")).isFalse();
        assertThat(VietnameseText.isTitleCase("Vla-đi-mia Lê-nin")).isTrue();
        assertThat(VietnameseText.isTitleCase("  ")).isFalse();
        assertThat(VietnameseText.isUpperCase("GIÁM ĐỐC SỞ")).isTrue();
        assertThat(VietnameseText.isUpperCase("GIÁM ĐỐc")).isFalse();
    }

    @Test
    void case_mapping_round_trips_on_any_vietnamese_text() {
        qt().forAll(VietnameseGen.text()).checkAssert(t -> {
            assertThat(VietnameseText.lowerCase(VietnameseText.upperCase(t))).isEqualTo(VietnameseText.lowerCase(t));
            assertThat(VietnameseText.isUpperCase(VietnameseText.upperCase(t))).isTrue();
            String title = VietnameseText.titleCase(t);
            assertThat(VietnameseText.isTitleCase(title)).isTrue();
            assertThat(VietnameseText.titleCase(title)).isEqualTo(title);
        });
    }

    @Test
    void strip_diacritics_gives_ascii_for_any_vietnamese_text() {
        assertThat(VietnameseText.stripDiacritics("Hưng Yên Đồng Ðà")).isEqualTo("Hung Yen Dong Da");
        qt().forAll(VietnameseGen.text()).checkAssert(t ->
                assertThat(VietnameseText.stripDiacritics(t).chars().allMatch(c -> c < 128)).isTrue());
    }

    @Test
    void collapse_spaces_includes_no_break_spaces() {
        assertThat(VietnameseText.collapseSpaces("  Hà\u00A0 Nội \t\n ngày\u202F05 ")).isEqualTo("Hà Nội ngày 05");
    }
}
