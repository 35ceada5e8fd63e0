package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.Appendix;
import io.github.vanban.formats.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text after the closing: a phụ lục, or a document issued with this one, with its head read line by line. */
class AppendixReadingTest {

    private static final String DECISION = String.join("\n",
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 1234/QĐ-UBND Quảng Ninh, ngày 15 tháng 5 năm 2024",
            "QUYẾT ĐỊNH",
            "Ban hành Quy chế phối hợp quản lý cụm công nghiệp",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý cụm công nghiệp.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
            "Nơi nhận:",
            "- Như Điều 2;",
            "- Lưu: VT, CN.",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Nguyễn Văn Thắng",
            "");

    private static Appendix onlyAppendix(String tail) {
        ReadResult r = TextReader.read(DECISION + tail).result();
        List<Appendix> list = r.document().body().appendices();
        assertThat(list).hasSize(1);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.appendix") && d.location().line() == 15);
        return list.get(0);
    }

    @Test
    void aDocumentIssuedWithTheDecisionKeepsItsNameItsTrichYeuAndItsReferenceLineApart() {
        Appendix a = onlyAppendix(String.join("\n",
                "QUY CHẾ",
                "Phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh",
                "(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 5 năm 2024 của UBND tỉnh)",
                "Chương I",
                "QUY ĐỊNH CHUNG",
                "",
                "Điều 1. Phạm vi điều chỉnh"));
        assertThat(a.number()).isNull();
        assertThat(a.title()).isEqualTo("QUY CHẾ");
        assertThat(a.referenceLine())
                .isEqualTo("Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 5 năm 2024 của UBND tỉnh");
        assertThat(a.paragraphs()).first().isEqualTo("Phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh");
        assertThat(a.paragraphs()).contains("Điều 1. Phạm vi điều chỉnh");
    }

    @Test
    void aNumberedAppendixKeepsItsCapitalTitleOverTwoLines() {
        Appendix a = onlyAppendix(String.join("\n",
                "PHỤ LỤC II",
                "DANH SÁCH CÁC CỤM CÔNG NGHIỆP",
                "ĐƯỢC THÀNH LẬP NĂM 2024",
                "(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 5 năm 2024)",
                "1. Cụm công nghiệp Hà Khánh.",
                "2. Cụm công nghiệp Kim Sen."));
        assertThat(a.number()).isEqualTo("II");
        assertThat(a.title()).isEqualTo("DANH SÁCH CÁC CỤM CÔNG NGHIỆP ĐƯỢC THÀNH LẬP NĂM 2024");
        assertThat(a.referenceLine()).isEqualTo("Kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 5 năm 2024");
        assertThat(a.paragraphs()).containsExactly("1. Cụm công nghiệp Hà Khánh.", "2. Cụm công nghiệp Kim Sen.");
    }

    @Test
    void withoutAHeadTheFirstParagraphIsTheTitle() {
        Appendix a = onlyAppendix(String.join("\n",
                "Danh sách gồm các đơn vị sau",
                "",
                "Sở Công Thương, Sở Tài chính."));
        assertThat(a.title()).isEqualTo("Danh sách gồm các đơn vị sau");
        assertThat(a.referenceLine()).isNull();
        assertThat(a.paragraphs()).containsExactly("Sở Công Thương, Sở Tài chính.");
    }
}
