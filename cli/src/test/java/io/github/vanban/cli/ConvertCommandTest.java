package io.github.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.component.OrganId;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.document.OfficialDispatch;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private Path json() throws IOException {
        Path p = dir.resolve("cv.json");
        Files.writeString(p, DocumentFormats.writeToString(TestDocuments.dispatch(12, "V/v rà soát"), Format.JSON));
        return p;
    }

    @Test
    void aMissingFileExits2() {
        CommandRun r = CommandRun.run("convert", "--to", "json", dir.resolve("none.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("vanban: error: no such file: ");
    }

    @Test
    void theTargetIsRequired() {
        CommandRun r = CommandRun.run("convert", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--to=json|xml|text'");
    }

    @Test
    void anUnreadableDocumentExits2WithItsDiagnostics() throws IOException {
        Path p = dir.resolve("broken.json");
        Files.writeString(p, "{\"type\": ");
        CommandRun r = CommandRun.run("convert", "--to", "xml", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("vanban: error ").contains("could not be read as json");
    }

    @Test
    void jsonToXmlAndBackGivesTheSameDocument() throws IOException {
        Path json = json();
        Path xml = dir.resolve("cv.xml");
        CommandRun r = CommandRun.run("convert", "--to", "xml", json.toString(), "-o", xml.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        CommandRun back = CommandRun.run("convert", "--to", "json", xml.toString());
        assertThat(back.exit()).as(back.toString()).isZero();
        assertThat(DocumentFormats.read(new java.io.StringReader(back.out()), Format.JSON).document())
                .isEqualTo(TestDocuments.dispatch(12, "V/v rà soát"));
    }

    @Test
    void textToJsonIntoAFileReadsBackAsTheSameDocument() throws IOException {
        Path text = dir.resolve("cv.txt");
        Files.writeString(text, DocumentFormats.writeToString(TestDocuments.dispatch(12, "V/v rà soát"), Format.TEXT));
        Path json = dir.resolve("out").resolve("cv.json");
        Files.createDirectories(json.getParent());
        CommandRun r = CommandRun.run("convert", "--to", "json", text.toString(), "-o", json.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(DocumentFormats.read(json, Format.JSON).document())
                .isEqualTo(DocumentFormats.read(text, Format.TEXT).document());
        try (var left = Files.list(json.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("cv.json");
        }
    }

    @Test
    void whatTheTargetCannotCarryIsListedOnStderr() throws Exception {
        OfficialDispatch base = TestDocuments.dispatch(12, "V/v rà soát");
        Organization issuer = base.header().issuer();
        OfficialDispatch withOrganId = new OfficialDispatch(base.header().toBuilder().issuer(new Organization(
                issuer.name(), issuer.parentName(), issuer.abbreviation(), OrganId.parse("000.00.00.H41"))).build(),
                base.body(), base.closing());
        CommandRun r = CommandRun.withStdin(DocumentFormats.writeToString(withOrganId, Format.JSON),
                "convert", "--to", "text", "-");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Số: 12/VHTT");
        assertThat(r.err()).isEqualTo("vanban: not carried by text: warning text.not-carried (at "
                + "/header/issuer/organId): The organ id (mã định danh) cannot be carried by plain text and was not "
                + "written" + System.lineSeparator());
    }

    @Test
    void jsonToTextRendersTheDocument() throws IOException {
        Path json = json();
        CommandRun r = CommandRun.run("convert", "--to", "text", json.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Số: 12/VHTT")
                .contains("V/v rà soát").contains("Trần Thị Lan");
    }

    @Test
    void textToJsonExtractsTheComponentsFromStandardInput() {
        String text = DocumentFormats.writeToString(TestDocuments.dispatch(12, "V/v rà soát"), Format.TEXT);
        CommandRun r = CommandRun.withStdin(text, "convert", "--to", "json", "-");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"codeNumber\"").contains("\"12\"").contains("Trần Thị Lan");
    }
}
