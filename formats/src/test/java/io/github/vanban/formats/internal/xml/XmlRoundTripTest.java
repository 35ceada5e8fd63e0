package io.github.vanban.formats.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ModelGenerators;
import io.github.vanban.formats.ReadResult;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * model → XML → model gives the same document and the XML validates against the XSD; JSON → model → XML → model
 * → JSON gives the same JSON tree — for arbitrary documents of every type.
 */
class XmlRoundTripTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    @Test
    void everyTypeRoundTripsAndValidates() {
        for (DocumentType type : DocumentType.values()) {
            qt().withExamples(4).withShrinkCycles(0).forAll(ModelGenerators.documents(type))
                    .checkAssert(XmlRoundTripTest::roundTrips);
        }
    }

    @Test
    void arbitraryDocumentsRoundTrip() {
        qt().withExamples(50).withShrinkCycles(0).forAll(ModelGenerators.documents())
                .checkAssert(XmlRoundTripTest::roundTrips);
    }

    private static void roundTrips(AdministrativeDocument doc) {
        String xml = DocumentFormats.writeToString(doc, Format.XML);
        assertThat(XmlTestSupport.validate(xml)).as(xml).isEmpty();
        ReadResult back = DocumentFormats.read(new StringReader(xml), Format.XML);
        assertThat(back.diagnostics()).as(xml).isEmpty();
        assertThat(back.document()).as(xml).isEqualTo(doc);
    }

    @Test
    void jsonThroughXmlGivesTheSameJsonTree() {
        qt().withExamples(50).withShrinkCycles(0).forAll(ModelGenerators.documents()).checkAssert(doc -> {
            String json = DocumentFormats.writeToString(doc, Format.JSON);
            AdministrativeDocument fromJson = DocumentFormats.read(new StringReader(json), Format.JSON).document();
            String xml = DocumentFormats.writeToString(fromJson, Format.XML);
            AdministrativeDocument fromXml = DocumentFormats.read(new StringReader(xml), Format.XML).document();
            String again = DocumentFormats.writeToString(fromXml, Format.JSON);
            assertThat(TREES.readTree(again)).as(xml).isEqualTo(TREES.readTree(json));
        });
    }
}
