package io.github.vanban.formats.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadOptions;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.formats.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlCodecTest {

    private static ReadResult read(String xml) {
        return DocumentFormats.read(new StringReader(xml), Format.XML);
    }

    private static ReadResult read(String xml, ReadOptions options) {
        return DocumentFormats.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), Format.XML,
                options);
    }

    private static String dispatchXml() {
        return DocumentFormats.writeToString(SampleDocuments.dispatch(), Format.XML);
    }

    @Test
    void samplesRoundTripAndValidate() {
        for (AdministrativeDocument doc : List.of(SampleDocuments.dispatch(), SampleDocuments.decision())) {
            String xml = DocumentFormats.writeToString(doc, Format.XML);
            assertThat(XmlTestSupport.validate(xml)).as(xml).isEmpty();
            ReadResult back = read(xml);
            assertThat(back.diagnostics()).isEmpty();
            assertThat(back.document()).isEqualTo(doc);
        }
    }

    @Test
    void layoutIsOneNamespaceWithItsPrefixWrappedListsAndKindElements() {
        String xml = dispatchXml();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vb:officialDispatch"
                + " xmlns:vb=\"urn:vanban:document:1\" type=\"CONG_VAN\">");
        assertThat(xml).contains("<vb:codeNotation>SGDĐT-VP</vb:codeNotation>")
                .contains("<vb:issuedDate>2024-03</vb:issuedDate>")
                .contains("<vb:legalBases/>")
                .contains("<vb:content>\n      <vb:paragraph>")
                .contains("<vb:item>\n        <vb:label>2</vb:label>")
                .contains("<vb:units>\n          <vb:entry>VT</vb:entry>\n          <vb:entry>VP</vb:entry>")
                .doesNotContain("xmlns=").doesNotContain("<vb:kind>paragraph").doesNotContain("null");
        String decision = DocumentFormats.writeToString(SampleDocuments.decision(), Format.XML);
        assertThat(decision).contains("<vb:decision xmlns:vb=\"urn:vanban:document:1\" type=\"QUYET_DINH\">")
                .contains("<vb:enactingAuthority>CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ</vb:enactingAuthority>");
    }

    @Test
    void genericDocumentsCarryTheirTypeAttribute() {
        AdministrativeDocument doc = AdministrativeDocument.of(DocumentType.GIAY_GIOI_THIEU,
                Header.builder().subject("Giới thiệu ông Nguyễn Văn Ân").build(),
                new Body(List.of(), List.of(Paragraph.of("")), List.of(), List.of(), List.of(), false),
                Closing.EMPTY);
        String xml = DocumentFormats.writeToString(doc, Format.XML);
        assertThat(xml).contains("<vb:genericDocument xmlns:vb=\"urn:vanban:document:1\" type=\"GIAY_GIOI_THIEU\">");
        assertThat(XmlTestSupport.validate(xml)).isEmpty();
        assertThat(read(xml).document()).isEqualTo(doc);
        String wrongType = xml.replace("type=\"GIAY_GIOI_THIEU\"", "type=\"CONG_VAN\"");
        assertThat(read(wrongType).errors().get(0).code()).isEqualTo("xml.unknown-type");
    }

    @Test
    void unknownElementIsAnErrorWithLineColumnAndXPath() {
        String xml = dispatchXml().replace("<vb:subject>", "<vb:subjekt>x</vb:subjekt>\n    <vb:subject>");
        ReadResult r = read(xml);
        assertThat(r.isSuccess()).isFalse();
        Diagnostic d = r.errors().get(0);
        assertThat(d.code()).isEqualTo("xml.unknown-field");
        assertThat(d.message()).contains("\"subjekt\"");
        assertThat(d.location().path()).isEqualTo("/vb:officialDispatch/vb:header/vb:subjekt");
        int line = (int) xml.substring(0, xml.indexOf("<vb:subjekt>")).lines().count();
        assertThat(d.location().line()).isEqualTo(line);
        assertThat(d.location().column()).isPositive();

        ReadResult lenient = read(xml, ReadOptions.DEFAULTS.withLenient(true));
        assertThat(lenient.document()).isEqualTo(SampleDocuments.dispatch());
        assertThat(lenient.diagnostics()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(w.location().path()).isEqualTo("/vb:officialDispatch/vb:header/vb:subjekt");
        });
    }

    @Test
    void badValuesAreLocatedByXPath() {
        String xml = dispatchXml().replace("<vb:issuedDate>2024-03</vb:issuedDate>",
                "<vb:issuedDate>2024-13</vb:issuedDate>");
        Diagnostic d = read(xml).errors().get(0);
        assertThat(d.code()).isEqualTo("xml.invalid-value");
        assertThat(d.location().path()).isEqualTo("/vb:officialDispatch/vb:header/vb:placeAndDate/vb:issuedDate");
        assertThat(d.location().line()).isPositive();

        String entry = dispatchXml().replaceFirst("<vb:name>Như trên</vb:name>", "");
        Diagnostic missing = read(entry).errors().get(0);
        assertThat(missing.code()).isEqualTo("xml.missing-field");
        assertThat(missing.location().path())
                .isEqualTo("/vb:officialDispatch/vb:closing/vb:recipients/vb:toPlaces/vb:entry[1]/vb:name");

        String kind = dispatchXml().replaceFirst("<vb:item>", "<vb:verse>").replaceFirst("</vb:item>", "</vb:verse>");
        assertThat(read(kind).errors().get(0).location().path())
                .isEqualTo("/vb:officialDispatch/vb:body/vb:content/vb:verse[1]");
        String number = dispatchXml().replace("<vb:promulgationAmount>12<", "<vb:promulgationAmount>mười hai<");
        assertThat(read(number).errors().get(0).location().path())
                .isEqualTo("/vb:officialDispatch/vb:closing/vb:drafterMark/vb:promulgationAmount");
        String text = dispatchXml().replace("<vb:header>", "<vb:header>stray");
        assertThat(read(text).errors().get(0).code()).isEqualTo("xml.unexpected-text");
        String twice = dispatchXml().replace("<vb:header>", "<vb:header><vb:subject>a</vb:subject>");
        assertThat(read(twice).errors().get(0).code()).isEqualTo("xml.repeated-element");
    }

    @Test
    void elementsOutsideTheNamespaceAreRefused() {
        String xml = dispatchXml().replace("<vb:subject>", "<subject xmlns=\"urn:other\">x</subject><vb:subject>");
        Diagnostic d = read(xml).errors().get(0);
        assertThat(d.code()).isEqualTo("xml.namespace");
        String noNamespace = "<officialDispatch type=\"CONG_VAN\"/>";
        assertThat(read(noNamespace).errors().get(0).code()).isEqualTo("xml.namespace");
        assertThat(read("").errors().get(0).code()).isEqualTo("xml.syntax");
        assertThat(read("<vb:officialDispatch xmlns:vb=\"urn:vanban:document:1\">").errors().get(0).code())
                .isIn("xml.syntax", "xml.missing-type");
    }

    @Test
    void externalEntitiesAreRefusedAndLeakNothing(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE vb:officialDispatch [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<vb:officialDispatch xmlns:vb=\"urn:vanban:document:1\" type=\"CONG_VAN\">"
                + "<vb:header><vb:subject>&xxe;</vb:subject></vb:header></vb:officialDispatch>";
        for (ReadOptions options : List.of(ReadOptions.DEFAULTS, ReadOptions.DEFAULTS.withLenient(true))) {
            ReadResult r = read(xxe, options);
            assertThat(r.isSuccess()).isFalse();
            assertThat(r.errors()).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo("xml.doctype");
                assertThat(d.message()).contains("DOCTYPE").doesNotContain("TOP-SECRET");
                assertThat(d.location().line()).isPositive();
            });
            assertThat(r.diagnostics().toString()).doesNotContain("TOP-SECRET");
        }
        String parameterEntity = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + secret.toUri()
                + "\"> %p;]>\n<x/>";
        assertThat(read(parameterEntity).errors().get(0).code()).isEqualTo("xml.doctype");
        assertThat(read(parameterEntity).diagnostics().toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
                + "  <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            laughs.append("  <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                laughs.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            laughs.append("\">\n");
        }
        laughs.append("]>\n<vb:officialDispatch xmlns:vb=\"urn:vanban:document:1\" type=\"CONG_VAN\"><vb:header>"
                + "<vb:subject>&lol9;</vb:subject></vb:header></vb:officialDispatch>");
        ReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(laughs.toString()));
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("xml.doctype");
            assertThat(d.message()).doesNotContain("lollol");
        });
    }

    @Test
    void undeclaredEntityIsAnError() {
        String xml = dispatchXml().replace("<vb:subject>", "<vb:subject>&nbsp;");
        ReadResult r = read(xml);
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.errors().get(0).code()).isIn("xml.syntax", "xml.entity");
        assertThat(r.errors().get(0).location().line()).isPositive();
    }

    @Test
    void unrepresentableCharactersAreReportedNotDropped() {
        AdministrativeDocument doc = AdministrativeDocument.of(DocumentType.CONG_VAN,
                Header.builder().subject("V/v a\u0001b\r\nc").build(), Body.EMPTY, Closing.EMPTY);
        StringBuilder out = new StringBuilder();
        List<Diagnostic> lost;
        try {
            java.io.StringWriter w = new java.io.StringWriter();
            lost = DocumentFormats.write(doc, Format.XML, w);
            out.append(w);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(lost).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("xml.unrepresentable");
            assertThat(d.location().path()).isEqualTo("/header/subject");
        });
        assertThat(out.toString()).contains("V/v a\uFFFDb&#13;\nc");
        assertThat(read(out.toString()).document().header().subject()).isEqualTo("V/v a\uFFFDb\r\nc");
    }

    @Test
    void bytesAreDecodedStrictlyInTheirDeclaredEncoding() {
        String xml = dispatchXml();
        byte[] utf16 = xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16);
        assertThat(DocumentFormats.read(new ByteArrayInputStream(utf16), Format.XML).document())
                .isEqualTo(SampleDocuments.dispatch());

        byte[] broken = xml.getBytes(StandardCharsets.UTF_8);
        int at = xml.indexOf("<vb:subject>") + "<vb:subject>".length();
        int offset = xml.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        broken[offset] = (byte) 0xC3;
        broken[offset + 1] = (byte) 0x28;
        ReadResult r = DocumentFormats.read(new ByteArrayInputStream(broken), Format.XML);
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("xml.encoding");
            assertThat(d.location().line()).isEqualTo((int) xml.substring(0, at).lines().count());
        });
    }
}
