package io.github.vanban.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Report;
import io.github.vanban.core.document.Submission;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tờ trình or báo cáo sent to a higher body keeps that mark in JSON and XML; plain text says it cannot. */
class UpwardDocumentsTest {

    private static final Header HEADER = Header.builder().subject("Về việc đề nghị phê duyệt kế hoạch năm 2024").build();

    @Test
    void theUpwardMarkSurvivesJsonAndXml() throws Exception {
        for (AdministrativeDocument doc : List.of(new Submission(HEADER, Body.EMPTY, Closing.EMPTY, true),
                new Report(HEADER, Body.EMPTY, Closing.EMPTY, true))) {
            for (Format format : List.of(Format.JSON, Format.XML)) {
                String written = DocumentFormats.writeToString(doc, format);
                ReadResult back = DocumentFormats.read(new StringReader(written), format);
                assertThat(back.orThrow()).as(format + " " + doc.type()).isEqualTo(doc);
            }
        }
        assertThat(DocumentFormats.writeToString(new Submission(HEADER, Body.EMPTY, Closing.EMPTY, true), Format.JSON))
                .contains("\"toHigherAuthority\"");
    }

    @Test
    void plainTextReportsThatItCannotCarryTheMark() throws Exception {
        List<Diagnostic> lost = DocumentFormats.write(new Report(HEADER, Body.EMPTY, Closing.EMPTY, true), Format.TEXT,
                new StringWriter());
        assertThat(lost).anyMatch(d -> d.code().equals("text.not-carried")
                && "/toHigherAuthority".equals(d.location().path()));
        List<Diagnostic> none = DocumentFormats.write(new Report(HEADER, Body.EMPTY, Closing.EMPTY), Format.TEXT,
                new StringWriter());
        assertThat(none).noneMatch(d -> "/toHigherAuthority".equals(d.location().path()));
    }
}
