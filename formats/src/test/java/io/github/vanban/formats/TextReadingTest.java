package io.github.vanban.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextReadingTest {

    @Test
    void aThongTuIsReadAndReportedAsOutsideDecree30() {
        TextReading r = TextReading.read("BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nSố: 21/2026/TT-BCT\nHà Nội, ngày 28 tháng 4 năm 2026\n\nTHÔNG TƯ\n"
                + "Bãi bỏ một phần khoản 2 Điều 1\n\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật;\n");
        assertThat(r.typeName()).isEqualTo("Thông tư");
        assertThat(r.outsideDecree30()).contains("not one of the 29 types");
        assertThat(r.result().document().header().number().notation()).isEqualTo("2026/TT-BCT");
        assertThat(r.enclosures()).isEmpty();
    }

    @Test
    void anUnreadableFileIsAFailedResult() {
        TextReading r = TextReading.read(Path.of("no/such/file.txt"));
        assertThat(r.result().isSuccess()).isFalse();
        assertThat(r.result().errors().get(0).code()).isEqualTo("io.unreadable");
    }
}
