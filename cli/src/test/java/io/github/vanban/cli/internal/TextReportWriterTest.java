package io.github.vanban.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    private static String write(Locale locale, boolean colour, DocumentOutcome... outcomes) {
        StringWriter s = new StringWriter();
        Outcomes.run(new TextReportWriter(new PrintWriter(s), locale, colour), List.of(), outcomes);
        return s.toString();
    }

    @Test
    void groupsByDocumentWithLineOrPartSeverityRuleMessageBasisAndFix() {
        String text = write(Locale.forLanguageTag("vi"), false, Outcomes.invalid(), Outcomes.valid());
        assertThat(text.lines().toList()).containsExactly(
                "thư mục/công văn 5.txt  KHÔNG HỢP LỆ  nd30-2020 · issued · text  1 lỗi, 1 cảnh báo",
                "  dòng 4    ERROR    ND30-SO-02  Số nhỏ hơn 10 phải có số 0 ở trước.",
                "                                 căn cứ: Phụ lục I, II.3.c · sửa: 05",
                "  Nơi nhận  WARNING  ND30-NN-05  Dòng \"Lưu\" phải là dòng cuối.",
                "                                 căn cứ: Phụ lục I, II.9.b",
                "  đọc WARNING text.header-missing dòng 1: no Quốc hiệu before \"Số:\"",
                "",
                "/tmp/ok.json  HỢP LỆ  nd30-2020 · issued · json  không có phát hiện nào");
    }

    @Test
    void englishLabelsAndTheReasonOfAFailure() {
        String text = write(Locale.ENGLISH, false, Outcomes.failed());
        assertThat(text.lines().toList()).containsExactly(
                "broken.xml  FAILED  nd30-2020 · issued · xml  ",
                "  reader ERROR xml.syntax line 3: unexpected end of input");
    }

    @Test
    void veryLongMessagesAndFixesAreShortenedInText() {
        String longText = "Ô".repeat(400);
        FindingView f = new FindingView("R-1", Severity.ERROR, "/body", "Nội dung", 0, longText, "", longText);
        String text = write(Locale.ENGLISH, false, new DocumentOutcome("a.txt", Status.INVALID, "issued", "x",
                "text", List.of(f), List.of()));
        String shown = "Ô".repeat(TextReportWriter.MAX_SHOWN - 1) + "…";
        assertThat(text).contains("R-1  " + shown + "\n").contains("fix: " + shown + "\n")
                .doesNotContain("Ô".repeat(TextReportWriter.MAX_SHOWN));
    }

    @Test
    void colourOnlyWhenAsked() {
        assertThat(write(Locale.ENGLISH, false, Outcomes.invalid())).doesNotContain("\u001B[");
        assertThat(write(Locale.ENGLISH, true, Outcomes.invalid())).contains("\u001B[31mERROR  \u001B[0m")
                .contains("\u001B[31mINVALID\u001B[0m");
    }
}
