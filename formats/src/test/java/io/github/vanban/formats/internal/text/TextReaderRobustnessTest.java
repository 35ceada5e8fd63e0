package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Plan;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader copes with anything: garbage, fragments, repairs; and it recognises Party documents and enclosures. */
class TextReaderRobustnessTest {

    private static final String DISPATCH = String.join("\n",
            "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN",
            "SỞ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 12/STC-VP Hưng Yên, ngày 05 tháng 3 năm 2024",
            "V/v rà soát tài sản công",
            "Kính gửi: Các phòng thuộc Sở.",
            "Thực hiện Công văn số 279/UBND-NC ngày 15/02/2024 của UBND tỉnh, Sở đề nghị:",
            "1. Giao Phòng Quản lý công sản chủ trì, phối hợp với Văn phòng Sở rà soát tài sản, báo cáo Giám đốc Sở"
                    + " trước ngày 30/4/2024.",
            "2. Các phòng thực hiện nghiêm túc./.",
            "Nơi nh ận:",
            "- Như trên;",
            "- Lưu: VT, VP.",
            "KT. GIÁM Ð ỐC",
            "PHÓ GIÁM ĐỐC",
            "Nguyễn Văn An");

    private static TextReader.Reading read(String text) {
        return TextReader.read(text);
    }

    @Test
    void readsMergedColumnsAndReportsEveryRepairAtItsLine() {
        TextReader.Reading r = read(DISPATCH);
        AdministrativeDocument doc = r.result().document();
        assertThat(doc.type()).isEqualTo(DocumentType.CONG_VAN);
        assertThat(doc.header().issuer().name()).isEqualTo("SỞ TÀI CHÍNH");
        assertThat(doc.header().issuer().parentName()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN");
        assertThat(doc.header().issuer().abbreviation()).isEqualTo("STC");
        assertThat(doc.header().number().code()).isEqualTo("12/STC-VP");
        assertThat(doc.header().placeAndDate().date().toIsoString()).isEqualTo("2024-03-05");
        assertThat(doc.closing().signature().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(doc.closing().signature().lines().get(0).format()).isEqualTo("KT. GIÁM ĐỐC");
        var a = doc.assignments().get(0);
        assertThat(a.lead()).isEqualTo("Phòng Quản lý công sản");
        assertThat(a.coordinators()).containsExactly("Văn phòng Sở");
        assertThat(a.dueDate()).hasToString("2024-04-30");
        assertThat(a.reportTo()).isEqualTo("Giám đốc Sở");
        assertThat(doc.body().references()).extracting(x -> x.number().code()).containsExactly("279/UBND-NC");
        List<String> found = r.result().diagnostics().stream().map(d -> d.code() + "@" + d.location().line()).toList();
        assertThat(found).contains("text.merged-columns@2", "text.split-syllables@10", "text.latin-eth@13",
                "text.split-syllables@13");
        assertThat(r.result().lineOf("/closing/signer/fullName")).isEqualTo(15);
        assertThat(r.result().lineOf("/body/content/1/assignment")).isEqualTo(8);
        assertThat(r.result().confidence()).containsKeys("/header/number", "/closing/signer/fullName");
    }

    @Test
    void decomposedDiacriticsAndMarkdownAreRepairedAndReported() {
        String text = "**BỘ NỘI VỤ**\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n---\nSố: 5/BNV-VP\n"
                + "*Hà Nội, ngày 20\ntháng 11 năm 2025*\nNo\u031Bi nha\u0323\u0302n:\n- Lu\u031Bu: VT.";
        TextReader.Reading r = read(text);
        assertThat(r.result().document().header().placeAndDate().date().toIsoString()).isEqualTo("2025-11-20");
        assertThat(r.result().document().closing().recipients().archive().units()).containsExactly("VT");
        assertThat(r.result().diagnostics()).extracting(Diagnostic::code).contains("text.markdown-emphasis",
                "text.markdown-residue", "text.joined-wrapped-emphasis", "text.decomposed-diacritics");
    }

    @Test
    void recognisesAPartyDocumentAsOutsideDecree30() {
        String text = "ĐẢNG BỘ TỈNH HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY SỞ TÀI CHÍNH\n"
                + "Số 15-KH/ĐU Hưng Yên, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH\nHọc tập nghị quyết\n"
                + "I. MỤC ĐÍCH\nNâng cao nhận thức.\nT/M ĐẢNG ỦY\nBÍ THƯ\nTrần Văn Bình";
        TextReader.Reading r = read(text);
        assertThat(r.outsideDecree30()).contains("Party");
        assertThat(r.result().document()).isInstanceOf(Plan.class);
        assertThat(r.result().document().header().number().number()).isEqualTo("15");
        assertThat(r.result().document().header().number().notation()).isEqualTo("KH/ĐU");
        assertThat(r.result().diagnostics()).anyMatch(d -> d.code().equals("text.party-document")
                && d.severity() == Diagnostic.Severity.WARNING);
    }

    @Test
    void readsTheAttachmentOfACoverLetterSeparately() {
        String text = DISPATCH + "\n\nỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nSố: 279/UBND-NC\nHưng Yên, ngày 15 tháng 02 năm 2024\n"
                + "V/v quản lý tài sản\nKính gửi: Các sở.\nCác sở thực hiện./.\nCHỦ TỊCH\nLê Văn Cường";
        TextReader.Reading r = read(text);
        assertThat(r.result().document().header().number().code()).isEqualTo("12/STC-VP");
        assertThat(r.result().document().closing().signature().fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(r.further()).hasSize(1);
        AdministrativeDocument enclosed = r.further().get(0).document();
        assertThat(enclosed.header().number().code()).isEqualTo("279/UBND-NC");
        assertThat(enclosed.header().issuer().name()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN");
        assertThat(enclosed.closing().signature().fullName()).isEqualTo("Lê Văn Cường");
        assertThat(r.result().diagnostics()).anyMatch(d -> d.code().equals("text.second-document")
                && d.location().line() == 17);
    }

    @Test
    void binaryGarbageGivesAnErrorNotAnException() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        ReadResult r = DocumentFormats.read(new ByteArrayInputStream(garbage), Format.TEXT);
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.errors()).extracting(Diagnostic::code).contains("text.binary");
    }

    @Test
    void anInputOverTheLimitIsRefusedWithAnError() {
        byte[] big = DISPATCH.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ReadResult r = DocumentFormats.read(new ByteArrayInputStream(big), Format.TEXT,
                io.github.vanban.formats.ReadOptions.DEFAULTS.withMaxInputBytes(100));
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.errors()).extracting(Diagnostic::code).containsExactly("text.too-large");
    }

    @Test
    void emptyInputGivesDiagnostics() {
        ReadResult r = DocumentFormats.read(new ByteArrayInputStream(new byte[0]), Format.TEXT);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("text.header-missing");
    }

    @Test
    void anyTextIsReadWithoutAnInternalError() {
        qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 400)).checkAssert(s ->
                assertThat(read(s).result().diagnostics()).noneMatch(d -> d.code().equals("text.internal")));
    }

    @Test
    void anyCutOfARealLayoutIsReadWithoutAnInternalError() {
        String[] lines = DISPATCH.split("\n");
        qt().withExamples(200).forAll(lists().of(integers().between(0, lines.length - 1)).ofSizeBetween(0, 25))
                .checkAssert(picks -> {
                    List<String> text = new ArrayList<>();
                    picks.forEach(i -> text.add(lines[i]));
                    TextReader.Reading r = read(String.join("\n", text));
                    assertThat(r.result().diagnostics()).noneMatch(d -> d.code().equals("text.internal"));
                    assertThat(r.result().document()).isNotNull();
                });
    }

    @Test
    void theQuocHieuOrThePartysNameInASentenceIsTextNotAHeading() {
        String text = String.join("\n",
                "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 15/KH-UBND Hòa Bình, ngày 06 tháng 01 năm 2026",
                "KẾ HOẠCH",
                "Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Tuyên truyền về Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, vì độc lập, tự do, hạnh phúc"
                        + " của nhân dân./.",
                "Nơi nhận:",
                "- Lưu: VT.",
                "CHỦ TỊCH",
                "Nguyễn Văn An");
        TextReader.Reading r = read(text);
        AdministrativeDocument doc = r.result().document();
        assertThat(r.outsideDecree30()).isNull();
        assertThat(doc.header().subject()).isEqualTo("Kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam");
        var item = (io.github.vanban.core.body.NumberedItem) doc.body().content().get(0);
        assertThat(((io.github.vanban.core.body.Paragraph) item.children().get(0)).text()).isEqualTo(
                "Tuyên truyền về Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, vì độc lập, tự do, hạnh phúc"
                        + " của nhân dân.");
        assertThat(r.result().diagnostics()).noneMatch(d -> d.code().equals("text.party-document"));
    }

    @Test
    void recognisesAYouthUnionDocumentAsOutsideDecree30() {
        String text = String.join("\n",
                "BCH ĐOÀN TỈNH BẮC NINH ĐOÀN TNCS HỒ CHÍ MINH",
                "***",
                "Số: 125-KH/TĐTN-TG Bắc Ninh, ngày 10 tháng 3 năm 2026",
                "KẾ HOẠCH",
                "Tổ chức Tháng Thanh niên năm 2026",
                "I. MỤC ĐÍCH",
                "Phát huy vai trò xung kích của đoàn viên Đoàn TNCS Hồ Chí Minh./.",
                "Nơi nhận:",
                "- Lưu: VP.",
                "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN",
                "BÍ THƯ",
                "Nguyễn Thị Hà");
        TextReader.Reading r = read(text);
        AdministrativeDocument doc = r.result().document();
        assertThat(r.outsideDecree30()).contains("Youth Union");
        assertThat(doc.header().issuer().name()).isEqualTo("BCH ĐOÀN TỈNH BẮC NINH");
        assertThat(doc.header().number().notation()).isEqualTo("KH/TĐTN-TG");
        assertThat(r.result().diagnostics()).anyMatch(d -> d.code().equals("text.youth-union-document")
                && d.severity() == Diagnostic.Severity.WARNING);
        assertThat(r.result().diagnostics()).noneMatch(d -> d.code().equals("text.national-title-missing"));
        var item = (io.github.vanban.core.body.NumberedItem) doc.body().content().get(0);
        assertThat(((io.github.vanban.core.body.Paragraph) item.children().get(0)).text())
                .isEqualTo("Phát huy vai trò xung kích của đoàn viên Đoàn TNCS Hồ Chí Minh.");
    }

    @Test
    void aForeignNameKeepsItsLettersWhileOcrJunkLettersGo() {
        String text = String.join("\n",
                "BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 12/BNG-VP Hà Nội, ngày*Ï 05 tháng 3 năm 2026",
                "V/v đón đoàn khách",
                "Kính gửi: Văn phòng Bộ.",
                "Bộ đề nghị bố trí đón ông Hans Müller và bà Ana Muñoz./.",
                "Nơi nhận:",
                "- Lưu: VT.",
                "BỘ TRƯỞNG",
                "Lê Văn An");
        TextReader.Reading r = read(text);
        AdministrativeDocument doc = r.result().document();
        assertThat(((io.github.vanban.core.body.Paragraph) doc.body().content().get(0)).text())
                .isEqualTo("Bộ đề nghị bố trí đón ông Hans Müller và bà Ana Muñoz.");
        assertThat(doc.header().placeAndDate().date().toIsoString()).isEqualTo("2026-03-05");
        assertThat(r.result().diagnostics()).anyMatch(d -> d.code().equals("text.ocr-junk") && d.location().line() == 3);
        assertThat(r.result().diagnostics()).noneMatch(d -> d.code().equals("text.ocr-junk") && d.location().line() == 6);
    }
}
