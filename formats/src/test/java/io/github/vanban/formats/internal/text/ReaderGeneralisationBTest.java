package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.document.Decision;
import io.github.vanban.formats.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The plain-text reader on kinds and layouts outside its corpus: quyết định cá biệt and khen thưởng, nghị quyết of a
 * Hội đồng nhân dân, chỉ thị, công điện, giấy mời, giấy giới thiệu, giấy ủy quyền, biên bản, tờ trình, each snippet
 * written for the test.
 */
class ReaderGeneralisationBTest {

    private static ReadResult read(String... lines) {
        return TextReader.read(String.join("\n", lines)).result();
    }

    @Test
    void anEnactingAuthorityWrappedOverTwoLinesIsReadWholeAndTheCanCuStayBases() {
        ReadResult r = read(
                "ỦY BAN NHÂN DÂN",
                "XÃ HÒA BÌNH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 215/QĐ-UBND",
                "Hòa Bình, ngày 12 tháng 12 năm 2025",
                "QUYẾT ĐỊNH",
                "Về việc tặng Giấy khen năm 2025",
                "",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN",
                "XÃ HÒA BÌNH",
                "",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.",
                "QUYẾT ĐỊNH:",
                "Điều 1. Tặng Giấy khen cho 02 tập thể.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
                "Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Nguyễn Văn Bình");
        Decision d = (Decision) r.document();
        assertThat(d.enactingAuthority()).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA BÌNH");
        assertThat(r.sourceLines()).containsEntry("/enactingAuthority", 10);
        assertThat(d.body().legalBases()).extracting(LegalBasis::text).containsExactly(
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.");
        assertThat(r.sourceLines()).containsEntry("/body/legalBases/0", 13);
        assertThat(d.body().content()).hasSize(2).allMatch(e -> e instanceof Article);
    }

    @Test
    void aCouncilsTermAndSessionUnderItsNameBelongToTheEnactingAuthority() {
        ReadResult r = read(
                "HỘI ĐỒNG NHÂN DÂN",
                "TỈNH LÂM ĐỒNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 27/2025/NQ-HĐND",
                "Lâm Đồng, ngày 10 tháng 12 năm 2025",
                "",
                "NGHỊ QUYẾT",
                "Quy định mức chi hỗ trợ ở thôn, tổ dân phố",
                "",
                "HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG",
                "",
                "KHÓA X, KỲ HỌP THỨ NĂM",
                "",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Xét Tờ trình số 512/TTr-UBND ngày 20 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh.",
                "QUYẾT NGHỊ:",
                "Điều 1. Mức chi hỗ trợ là 1.500.000 đồng/người/tháng.",
                "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện./.",
                "Nơi nhận:",
                "- Chính phủ;",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Lê Văn Hùng");
        assertThat(r.document().body().legalBases()).hasSize(2);
        assertThat(r.sourceLines()).containsEntry("/body/legalBases/0", 15);
        assertThat(r.document().body().content()).hasSize(2).allMatch(e -> e instanceof Article);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.enacting-not-carried")
                && d.location().line() == 11
                && d.message().contains("\"HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG KHÓA X, KỲ HỌP THỨ NĂM\""));
    }
}
