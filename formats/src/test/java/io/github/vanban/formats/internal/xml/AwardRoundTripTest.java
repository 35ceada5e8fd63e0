package io.github.vanban.formats.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.AwardGenerators;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Arbitrary award proposals and decisions round-trip through JSON and XML, and the XML validates. */
class AwardRoundTripTest {

    @Test
    void arbitraryAwardDocumentsRoundTripThroughJsonAndXml() {
        qt().withExamples(60).withShrinkCycles(0).forAll(AwardGenerators.documents()).checkAssert(doc -> {
            for (Format f : new Format[] {Format.JSON, Format.XML}) {
                String out = DocumentFormats.writeToString(doc, f);
                if (f == Format.XML) {
                    assertThat(XmlTestSupport.validate(out)).as(out).isEmpty();
                }
                ReadResult back = DocumentFormats.read(new StringReader(out), f);
                assertThat(back.diagnostics()).as(out).isEmpty();
                AdministrativeDocument read = back.document();
                assertThat(read).as(out).isEqualTo(doc);
            }
        });
    }
}
