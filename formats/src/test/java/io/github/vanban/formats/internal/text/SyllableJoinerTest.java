package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyllableJoinerTest {

    @Test
    void joinsSyllablesSplitByAPdfTextLayer() {
        assertThat(SyllableJoiner.join("Nơi nh ận:").text()).isEqualTo("Nơi nhận:");
        assertThat(SyllableJoiner.join("BAN CƠ Y ẾU CHÍNH PH Ủ").text()).isEqualTo("BAN CƠ YẾU CHÍNH PHỦ");
        assertThat(SyllableJoiner.join("HỌC VI ỆN KỸ THU ẬT").text()).isEqualTo("HỌC VIỆN KỸ THUẬT");
        assertThat(SyllableJoiner.join("Hà N ội, ngày").text()).isEqualTo("Hà Nội, ngày");
        assertThat(SyllableJoiner.join("hướng dẫn kiể m kê").text()).isEqualTo("hướng dẫn kiểm kê");
        assertThat(SyllableJoiner.join("chủ trương của Đảng, c hính sách").text()).isEqualTo("chủ trương của Đảng, chính sách");
        assertThat(SyllableJoiner.join("TRƯ ỞNG PHÒNG").text()).isEqualTo("TRƯỞNG PHÒNG");
        assertThat(SyllableJoiner.join("Nơi nh ận:").joins()).isEqualTo(1);
    }

    @Test
    void leavesWholeWordsAlone() {
        for (String s : new String[] {"nhà ở công vụ", "đi ở", "Lưu: VT, ĐT", "BAN CƠ YẾU", "Nơi nhận", "cho ấy",
                "điểm c khoản 2", "Như ý", "gì ấy", "CƠ Y TẾ"}) {
            assertThat(SyllableJoiner.join(s).text()).as(s).isEqualTo(s);
        }
    }

    @Test
    void knowsAVietnameseSyllable() {
        assertThat(SyllableJoiner.isSyllable("nghiêng")).isTrue();
        assertThat(SyllableJoiner.isSyllable("khuyến")).isTrue();
        assertThat(SyllableJoiner.isSyllable("nơinh")).isFalse();
        assertThat(SyllableJoiner.isSyllable("hộiở")).isFalse();
        assertThat(SyllableJoiner.isSyllable("vtđt")).isFalse();
    }
}
