package io.github.vanban.core.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Confidentiality (ô 10a), Urgency (ô 10b) and CirculationScope (ô 11): the stamps of the heading. */
class StampsTest {

    @Test
    void confidentiality_levels_and_stamp_lookup() {
        assertThat(Confidentiality.values()).extracting(Confidentiality::stamp)
                .containsExactly("MẬT", "TỐI MẬT", "TUYỆT MẬT");
        assertThat(Confidentiality.fromStamp("tối mật")).contains(Confidentiality.TOI_MAT);
        assertThat(Confidentiality.fromStamp(" TUYỆT  MẬT ")).contains(Confidentiality.TUYET_MAT);
        assertThat(Confidentiality.fromStamp("MAT")).isEmpty();
    }

    @Test
    void urgency_levels_stamp_widths_and_lookup_tolerant_of_tone_placement() {
        assertThat(Urgency.KHAN.stampWidthMillimetres()).isEqualTo(20);
        assertThat(Urgency.THUONG_KHAN.stampWidthMillimetres()).isEqualTo(40);
        assertThat(Urgency.HOA_TOC.stampWidthMillimetres()).isEqualTo(30);
        assertThat(Urgency.HOA_TOC.stamp()).isEqualTo("HỎA TỐC");
        assertThat(Urgency.fromStamp("HOẢ TỐC")).contains(Urgency.HOA_TOC);
        assertThat(Urgency.fromStamp("thượng khẩn")).contains(Urgency.THUONG_KHAN);
        assertThat(Urgency.fromStamp("KHAN")).isEmpty();
    }

    @Test
    void circulation_scope_is_an_open_list() {
        assertThat(CirculationScope.RETURN_AFTER_READING.notice()).isEqualTo("XEM XONG TRẢ LẠI");
        assertThat(CirculationScope.INTERNAL_ONLY.notice()).isEqualTo("LƯU HÀNH NỘI BỘ");
        assertThat(new CirculationScope(" KHÔNG PHỔ BIẾN ").notice()).isEqualTo("KHÔNG PHỔ BIẾN");
    }
}
