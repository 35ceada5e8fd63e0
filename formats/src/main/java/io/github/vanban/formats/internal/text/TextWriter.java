package io.github.vanban.formats.internal.text;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a document as Decree 30 plain text. */
final class TextWriter {
    private TextWriter() {
    }

    static List<Diagnostic> write(AdministrativeDocument document, Writer out) throws IOException {
        throw new UnsupportedOperationException("writing TEXT is not available yet");
    }
}
