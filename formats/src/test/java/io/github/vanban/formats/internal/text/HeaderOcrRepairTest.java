package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.formats.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The số, ký hiệu of an OCR'd header: garbled numbers are reported, a letter the OCR doubled is repaired. */
class HeaderOcrRepairTest {

    private static String header(String numberLine, String heading) {
        return document(numberLine + " Hà Nội, ngày 12 tháng 12 năm 2024", heading);
    }

    private static String document(String numberAndDateLine, String heading) {
        return String.join("\n",
                "BAN CƠ YẾU CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "HỌC VIỆN KỸ THUẬT MẬT MÃ Độc lập - Tự do - Hạnh phúc",
                numberAndDateLine,
                heading,
                "Về việc tổ chức thi",
                "Điều 1. Tổ chức thi tốt nghiệp.",
                "Điều 2. Quyết định này có hiệu lực từ ngày ký./.",
                "Nơi nhận:",
                "- Như Điều 2;",
                "- Lưu: VT, ĐT.",
                "GIÁM ĐỐC",
                "Nguyễn Văn An");
    }

    private static List<String> codesAtLine3(TextReader.Reading r) {
        return r.result().diagnostics().stream().filter(d -> d.location().line() == 3).map(Diagnostic::code).toList();
    }

    @Test
    void aSecondGroupOfDigitsThatIsNoYearIsAGarbledNumberNotPartOfTheNotation() {
        TextReader.Reading r = TextReader.read(header("Số: 4/11/TB-HVM", "THÔNG BÁO"));
        DocumentNumber n = r.result().document().header().number();
        assertThat(n.number()).isEqualTo("4");
        assertThat(n.notation()).isEqualTo("TB-HVM");
        assertThat(codesAtLine3(r)).contains("text.number-unreadable");
        assertThat(r.result().confidence().get("/header/number/codeNumber")).isEqualTo(0.4);
    }

    @Test
    void aYearGroupStaysInTheNotation() {
        TextReader.Reading r = TextReader.read(header("Số: 52/2024/QĐ-HVM", "QUYẾT ĐỊNH"));
        DocumentNumber n = r.result().document().header().number();
        assertThat(n.code()).isEqualTo("52/2024/QĐ-HVM");
        assertThat(codesAtLine3(r)).doesNotContain("text.number-unreadable", "text.notation-repaired");
    }

    @Test
    void aLetterDoubledInTheTypeGroupIsRepairedWhenTheHeadingConfirmsIt() {
        TextReader.Reading r = TextReader.read(header("Số: 1067/QĐÐ-HVM", "QUYẾT ĐỊNH"));
        assertThat(r.result().document().header().number().code()).isEqualTo("1067/QĐ-HVM");
        assertThat(r.result().diagnostics()).anyMatch(d -> d.code().equals("text.notation-repaired")
                && d.location().line() == 3 && d.severity() == Diagnostic.Severity.INFO
                && d.message().contains("\"QĐĐ-HVM\" as \"QĐ-HVM\""));
    }

    @Test
    void aDoubledLetterIsKeptWhenTheHeadingNamesAnotherType() {
        TextReader.Reading r = TextReader.read(header("Số: 1067/QĐĐ-HVM", "THÔNG BÁO"));
        assertThat(r.result().document().header().number().notation()).isEqualTo("QĐĐ-HVM");
        assertThat(r.result().diagnostics()).noneMatch(d -> d.code().equals("text.notation-repaired"));
    }

    @Test
    void aKnownAbbreviationIsNeverCollapsed() {
        // "TTr" (tờ trình) has no doubled letter in the table sense; "CTr" neither; a công văn has no type group
        TextReader.Reading r = TextReader.read(header("Số: 15/HVM-TTCC", "V/v tổ chức thi"));
        assertThat(r.result().document().header().number().notation()).isEqualTo("HVM-TTCC");
        assertThat(r.result().diagnostics()).noneMatch(d -> d.code().equals("text.notation-repaired"));
    }

    @Test
    void aDayTheOcrCouldNotReadIsReportedNotTakenForADraftsBlankDay() {
        for (String day : List.of("Š", "-ÍÍ", "*Ï", "-|“")) {
            TextReader.Reading r = TextReader.read(document("Số: 15/TB-HVM Hà Nội, ngày" + day + " tháng 10 năm 2024",
                    "THÔNG BÁO"));
            assertThat(r.result().document().header().placeAndDate().date().toIsoString()).as(day).isEqualTo("2024-10");
            assertThat(r.result().diagnostics()).as(day).anyMatch(d -> d.code().equals("text.date-unreadable")
                    && d.location().line() == 3 && d.severity() == Diagnostic.Severity.WARNING
                    && d.message().contains("where the day is written"));
            assertThat(codesAtLine3(r)).as(day).doesNotContain("text.day-blank");
            assertThat(r.result().confidence().get("/header/placeAndDate/issuedDate")).isEqualTo(0.4);
        }
    }

    @Test
    void aDraftsBlankDayIsNoUnreadableDay() {
        TextReader.Reading r = TextReader.read(document("Số:      /TB-HVM Hà Nội, ngày      tháng 10 năm 2024",
                "THÔNG BÁO"));
        assertThat(r.result().document().header().placeAndDate().date().toIsoString()).isEqualTo("2024-10");
        assertThat(codesAtLine3(r)).contains("text.day-blank").doesNotContain("text.date-unreadable");
    }

    @Test
    void anUnreadableMonthIsReportedToo() {
        TextReader.Reading r = TextReader.read(document("Số: 15/TB-HVM Hà Nội, ngày 05 tháng ¿ năm 2024", "THÔNG BÁO"));
        assertThat(r.result().document().header().placeAndDate().date().toIsoString()).isEqualTo("2024");
        assertThat(r.result().diagnostics()).anyMatch(d -> d.code().equals("text.date-unreadable")
                && d.message().contains("where the month is written"));
    }
}
