package io.github.vanban.formats.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.formats.internal.json.AwardJsonTest;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** XML of the award documents: valid against the XSD, every part round-trips, and XML agrees with JSON. */
class AwardXmlTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    @Test
    void proposalsAndDecisionsRoundTripAndValidate() {
        for (AdministrativeDocument doc : List.of(AwardJsonTest.proposal(), AwardJsonTest.decision())) {
            String xml = DocumentFormats.writeToString(doc, Format.XML);
            assertThat(XmlTestSupport.validate(xml)).as(xml).isEmpty();
            ReadResult back = DocumentFormats.read(new StringReader(xml), Format.XML);
            assertThat(back.diagnostics()).as(xml).isEmpty();
            assertThat(back.document()).as(xml).isEqualTo(doc);
        }
    }

    @Test
    void xmlAndJsonCarryTheSameDocument() {
        for (AdministrativeDocument doc : List.of(AwardJsonTest.proposal(), AwardJsonTest.decision())) {
            String xml = DocumentFormats.writeToString(doc, Format.XML);
            AdministrativeDocument fromXml = DocumentFormats.read(new StringReader(xml), Format.XML).document();
            assertThat(TREES.readTree(DocumentFormats.writeToString(fromXml, Format.JSON)))
                    .isEqualTo(TREES.readTree(DocumentFormats.writeToString(doc, Format.JSON)));
        }
    }

    @Test
    void theRootAndTheNomineesAreNamedByTheirKinds() {
        String xml = DocumentFormats.writeToString(AwardJsonTest.proposal(), Format.XML);
        assertThat(xml).contains("<vb:awardProposal xmlns:vb=\"urn:vanban:document:1\" type=\"TO_TRINH_KHEN_THUONG\">")
                .contains("<vb:individual>").contains("<vb:collective>").contains("<vb:household>");
    }
}
