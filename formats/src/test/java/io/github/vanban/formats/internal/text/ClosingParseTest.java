package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.document.Closing;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.ReadResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The closing of a plain text: the Lưu line with what OCR merged onto it, and the signer's name. */
class ClosingParseTest {

    /** Lines 1–8: header and body of a short quyết định, ending with the end mark on line 8. */
    private static final List<String> HEAD = List.of(
            "HỌC VIỆN KỸ THUẬT MẬT MÃ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 12/QĐ-HVM Hà Nội, ngày 05 tháng 3 năm 2024",
            "QUYẾT ĐỊNH",
            "Về việc ban hành quy trình khảo sát",
            "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành quy trình khảo sát kèm theo Quyết định này.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.");

    private static ReadResult read(String... closing) {
        List<String> all = new ArrayList<>(HEAD);
        all.addAll(List.of(closing));
        return TextReader.read(String.join("\n", all)).result();
    }

    private static Closing closing(ReadResult r) {
        return r.document().closing();
    }

    private static List<String> codesAt(ReadResult r) {
        return r.diagnostics().stream().map(d -> d.code() + "@" + d.location().line()).toList();
    }

    private static Diagnostic only(ReadResult r, String code) {
        List<Diagnostic> found = r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertThat(found).as(code).hasSize(1);
        return found.get(0);
    }

    @Test
    void bodyTextMergedAfterTheDrafterMarkIsReportedNotTakenForUnits() {
        ReadResult r = read("Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT, ĐT. TN17.10Căn cứ 77 nề các cơ quan, đơn vị có liên quan chủ động phối hợp triển",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Nguyễn Văn An");
        assertThat(closing(r).recipients().archive().units()).containsExactly("VT", "ĐT");
        assertThat(closing(r).recipients().archive().ending()).isEqualTo(".");
        assertThat(closing(r).drafterMark().initials()).isEqualTo("TN17");
        Diagnostic unplaced = only(r, "text.closing-unread");
        assertThat(unplaced.severity()).isEqualTo(Diagnostic.Severity.WARNING);
        assertThat(unplaced.location().line()).isEqualTo(11);
        assertThat(unplaced.message()).contains(
                "\"10Căn cứ 77 nề các cơ quan, đơn vị có liên quan chủ động phối hợp triển\"", "\"TN17\"");
        assertThat(closing(r).signature().lines()).extracting(AuthorityLine::format)
                .containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(closing(r).signature().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(r.lineOf("/closing/recipients/archive")).isEqualTo(11);
        assertThat(r.lineOf("/closing/drafterMark")).isEqualTo(11);
    }

    @Test
    void aSignatureTitleMergedAfterTheDrafterMarkIsATitleAndAUnitIsNotTakenForAnAuthority() {
        // "KT" is both a unit (Phòng Khảo thí) and the authority prefix of "KT. GIÁM ĐỐC"
        ReadResult r = read("Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT, KT.  H16. KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "Nguyễn Hiếu Minh");
        assertThat(closing(r).recipients().archive().units()).containsExactly("VT", "KT");
        assertThat(closing(r).drafterMark().initials()).isEqualTo("H16");
        assertThat(closing(r).signature().lines()).extracting(AuthorityLine::format)
                .containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(closing(r).signature().fullName()).isEqualTo("Nguyễn Hiếu Minh");
        assertThat(codesAt(r)).contains("text.merged-columns@11").doesNotContain("text.closing-unread@11");
    }

    @Test
    void aTitleWithoutAuthorityAfterASpacedMarkIsReadToo() {
        ReadResult r = read("Nơi nhận:",
                "- Như trên;",
                "- Lưu: VT, TBQT . Tr21 . GIÁM ĐỐC",
                "Hoàng Văn Thức");
        assertThat(closing(r).recipients().archive().units()).containsExactly("VT", "TBQT");
        assertThat(closing(r).drafterMark().initials()).isEqualTo("Tr21");
        assertThat(closing(r).signature().lines()).extracting(AuthorityLine::format).containsExactly("GIÁM ĐỐC");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("text.signature-title-missing");
    }

    @Test
    void ocrResidueAfterTheDrafterMarkIsReportedWithItsLine() {
        ReadResult r = read("Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT. ĐT. P14. IÌy",
                "GIÁM ĐỐC",
                "Trần Văn Bình");
        assertThat(closing(r).recipients().archive().units()).containsExactly("VT", "ĐT");
        assertThat(closing(r).drafterMark().initials()).isEqualTo("P14");
        Diagnostic unplaced = only(r, "text.closing-unread");
        assertThat(unplaced.location().line()).isEqualTo(11);
        assertThat(unplaced.message()).contains("\"IÌy\"");
    }

    @Test
    void archiveLinesWithoutAMarkOfInitialsAndCountReadAsBefore() {
        ReadResult plain = read("Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, QLDN1, HDiem.", "GIÁM ĐỐC",
                "Trần Văn Bình");
        assertThat(closing(plain).recipients().archive().units()).containsExactly("VT", "QLDN1", "HDiem");
        assertThat(closing(plain).drafterMark()).isNull();
        ReadResult superscript = read("Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, VP^{XT}.", "GIÁM ĐỐC",
                "Trần Văn Bình");
        assertThat(closing(superscript).recipients().archive().units()).containsExactly("VT", "VP");
        assertThat(closing(superscript).drafterMark().initials()).isEqualTo("XT");
        for (ReadResult r : List.of(plain, superscript)) {
            assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("text.closing-unread");
        }
    }

    @Test
    void aSignersNameThatLostItsFirstLetterIsMendedAndReported() {
        ReadResult r = read("Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT, ĐT.",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "guyễn Văn An");
        assertThat(closing(r).signature().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(closing(r).signature().kind()).isEqualTo(SignatureKind.HANDWRITTEN);
        Diagnostic repaired = only(r, "text.name-repaired");
        assertThat(repaired.severity()).isEqualTo(Diagnostic.Severity.INFO);
        assertThat(repaired.location().line()).isEqualTo(14);
        assertThat(repaired.message()).contains("\"guyễn Văn An\"", "\"Nguyễn Văn An\"");
        assertThat(r.lineOf("/closing/signer/fullName")).isEqualTo(14);
        assertThat(r.confidence().get("/closing/signer/fullName")).isEqualTo(0.6);
    }

    @Test
    void aNameIsNotMendedWhenTheLostLetterIsAmbiguous() {
        // "ương" is Lương or Dương: nothing is guessed, so no name is read
        ReadResult r = read("Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, ĐT.", "GIÁM ĐỐC", "ương Thế Dũng");
        assertThat(closing(r).signature().fullName()).isNull();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("text.name-repaired");
    }

    @Test
    void aNameStandingAloneAfterTheArchiveLineIsASignatureWithoutTitle() {
        ReadResult r = read("Nơi nhận",
                "- Như Điều 3;",
                "- Lưu: VT, HC. T24.  1u“",
                "oàng Văn Thức",
                "2",
                "cPhụlục —",
                "QUY TRÌNH CỦA CÁC CƠ QUAN, ĐƠN VỊ");
        Closing c = closing(r);
        assertThat(c.signature()).isNotNull();
        assertThat(c.signature().lines()).isEmpty();
        assertThat(c.signature().fullName()).isEqualTo("Hoàng Văn Thức");
        assertThat(c.signature().kind()).isEqualTo(SignatureKind.HANDWRITTEN);
        assertThat(c.recipients().archive().units()).containsExactly("VT", "HC");
        assertThat(c.drafterMark().initials()).isEqualTo("T24");
        List<String> codes = codesAt(r);
        assertThat(codes).contains("text.closing-unread@11", "text.name-repaired@12",
                "text.signature-title-missing@12", "text.appendix@13");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("text.signature-missing");
        assertThat(only(r, "text.signature-title-missing").severity()).isEqualTo(Diagnostic.Severity.WARNING);
        // what follows the name is the appendix, as before, without the name
        assertThat(r.document().body().appendices()).hasSize(1);
        assertThat(r.document().body().appendices().get(0).title()).startsWith("2 cPhụlục —")
                .doesNotContain("Thức");
        assertThat(r.lineOf("/closing/signer/fullName")).isEqualTo(12);
    }

    @Test
    void aNameStandingAloneAfterTheEndMarkIsASignatureWithoutTitle() {
        ReadResult r = read("Trần Thị Bình");
        assertThat(closing(r).signature().lines()).isEmpty();
        assertThat(closing(r).signature().fullName()).isEqualTo("Trần Thị Bình");
        assertThat(codesAt(r)).contains("text.signature-title-missing@9");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("text.signature-missing");
    }

    @Test
    void aNameStandingAloneBetweenTheEndMarkAndNoiNhanIsASignatureWithoutTitle() {
        ReadResult r = read("Trần Thị Bình", "Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, ĐT.");
        assertThat(closing(r).signature().fullName()).isEqualTo("Trần Thị Bình");
        assertThat(closing(r).recipients().distribution()).hasSize(1);
        assertThat(closing(r).recipients().archive().units()).containsExactly("VT", "ĐT");
        assertThat(codesAt(r)).contains("text.signature-title-missing@9");
    }

    @Test
    void aLineAfterTheEndMarkThatIsNoPersonalNameIsNoSignature() {
        ReadResult r = read("Danh sách kèm theo");
        assertThat(closing(r).signature()).isNull();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("text.signature-missing")
                .doesNotContain("text.signature-title-missing");
    }

    @Test
    void theSignedMarkOfAPublishedCopyStandsBetweenTitleAndName() {
        ReadResult r = read("Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT, ĐT.",
                "GIÁM ĐỐC",
                "(Đã ký)",
                "Nguyễn Văn An");
        assertThat(closing(r).signature().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(closing(r).signature().lines()).extracting(AuthorityLine::format).containsExactly("GIÁM ĐỐC");
        assertThat(r.document().body().appendices()).isEmpty();
        assertThat(codesAt(r)).contains("text.signature-mark@13").doesNotContain("text.appendix@14");
    }

    @Test
    void theSignaturePlaceholderOfATemplateIsNoName() {
        ReadResult r = read("Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT, ĐT.",
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)",
                "Nguyễn Văn An");
        assertThat(closing(r).signature().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(codesAt(r)).contains("text.signature-mark@14");
    }

    @Test
    void theSignersNameKeepsTheLearnedTitleAsWrittenAndDropsOnlyACourtesyWord() {
        ReadResult r = read("Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT, ĐT.",
                "GIÁM ĐỐC",
                "PGS.TS. Nguyễn Văn An");
        assertThat(closing(r).signature().fullName()).isEqualTo("PGS.TS. Nguyễn Văn An");
        ReadResult courtesy = read("Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT, ĐT.",
                "GIÁM ĐỐC",
                "Ông Nguyễn Văn An.");
        assertThat(closing(courtesy).signature().fullName()).isEqualTo("Nguyễn Văn An");
    }
}
