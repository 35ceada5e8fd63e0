package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing a document as plain text and reading it back gives the same document, for every type. */
class TextRoundTripTest {

    private static String write(AdministrativeDocument doc, List<Diagnostic> lost) {
        StringWriter out = new StringWriter();
        try {
            lost.addAll(new TextCodec().write(doc, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void writeThenReadGivesTheSameDocument() {
        qt().withExamples(300).forAll(TextLayoutGenerators.documents()).checkAssert(doc -> {
            List<Diagnostic> lost = new java.util.ArrayList<>();
            String text = write(doc, lost);
            assertThat(lost).as("nothing lost").isEmpty();
            AdministrativeDocument back = TextReader.read(text).result().document();
            assertThat(back).as(text).isEqualTo(doc);
        });
    }
}
