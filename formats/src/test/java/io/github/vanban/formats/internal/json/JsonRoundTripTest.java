package io.github.vanban.formats.internal.json;

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

/** model → JSON → model gives the same document, for arbitrary documents of every type. */
class JsonRoundTripTest {

    @Test
    void everyTypeRoundTrips() {
        for (DocumentType type : DocumentType.values()) {
            qt().withExamples(5).withShrinkCycles(0).forAll(ModelGenerators.documents(type))
                    .checkAssert(JsonRoundTripTest::roundTrips);
        }
    }

    @Test
    void arbitraryDocumentsRoundTrip() {
        qt().withExamples(100).withShrinkCycles(0).forAll(ModelGenerators.documents())
                .checkAssert(JsonRoundTripTest::roundTrips);
    }

    private static void roundTrips(AdministrativeDocument doc) {
        String json = DocumentFormats.writeToString(doc, Format.JSON);
        ReadResult back = DocumentFormats.read(new StringReader(json), Format.JSON);
        assertThat(back.diagnostics()).as(json).isEmpty();
        assertThat(back.document()).as(json).isEqualTo(doc);
    }
}
