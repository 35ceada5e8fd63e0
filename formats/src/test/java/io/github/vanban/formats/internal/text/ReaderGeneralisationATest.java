package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Layouts of công văn, tờ trình, báo cáo, kế hoạch, thông báo, hướng dẫn and chương trình the corpus does not
 * show, each in a hand-written snippet: what the reader must make of them.
 */
class ReaderGeneralisationATest {

    private static ReadResult read(String... lines) {
        return TextReader.read(String.join("\n", lines) + "\n").result();
    }

    @Test
    void aDateInFiguresEndingThePlaceAndDateLineIsReadAndTheWrappedVvStopsBeforeIt() {
        ReadResult r = read(
                "UBND TỈNH BẮC NINH",
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 1234/SGDĐT-GDTrH",
                "V/v hướng dẫn kiểm tra cuối học kỳ I theo Công văn số 12/BGDĐT-GDTrH ngày 02/12/2025",
                "năm học 2025-2026",
                "Bắc Ninh, ngày 05/12/2025",
                "Kính gửi: Các trường trung học phổ thông.",
                "Sở Giáo dục và Đào tạo hướng dẫn như sau./.",
                "Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, GDTrH.",
                "GIÁM ĐỐC",
                "Nguyễn Văn Hùng");
        AdministrativeDocument doc = r.document();
        assertThat(doc.header().placeAndDate())
                .isEqualTo(new PlaceAndDate("Bắc Ninh", new PartialDate(2025, 12, 5), "Bắc Ninh, ngày 05/12/2025"));
        assertThat(doc.header().subject()).isEqualTo("V/v hướng dẫn kiểm tra cuối học kỳ I theo Công văn số "
                + "12/BGDĐT-GDTrH ngày 02/12/2025 năm học 2025-2026");
        assertThat(r.sourceLines()).containsEntry("/header/placeAndDate", 8);
        assertThat(doc.closing().recipients().addressees()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Các trường trung học phổ thông"));
    }

    @Test
    void aDateInFiguresWithDashesMergedAfterTheNumberIsRead() {
        ReadResult r = read(
                "ỦY BAN NHÂN DÂN TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 88/TB-UBND An Giang, ngày 5-3-2026",
                "THÔNG BÁO",
                "Về việc nghỉ Tết",
                "Nội dung thông báo./.",
                "Nơi nhận:",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Lê Văn A");
        assertThat(r.document().header().placeAndDate())
                .isEqualTo(new PlaceAndDate("An Giang", new PartialDate(2026, 3, 5), "An Giang, ngày 5-3-2026"));
        assertThat(r.sourceLines()).containsEntry("/header/placeAndDate", 3);
    }
}
