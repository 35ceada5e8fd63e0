package io.github.vanban.formats.internal;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.ReadOptions;
import io.github.vanban.formats.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/** The reader and writer of one format, behind {@link io.github.vanban.formats.DocumentFormats}. */
public interface FormatCodec {

    /**
     * Reads bytes. Never throws for bad input: a failure is a result with an error diagnostic.
     *
     * @param in the input, not closed
     * @param options limits and strictness
     * @return the result
     */
    ReadResult read(InputStream in, ReadOptions options);

    /**
     * Reads characters. Never throws for bad input.
     *
     * @param in the input, not closed
     * @param options limits and strictness
     * @return the result
     */
    ReadResult read(Reader in, ReadOptions options);

    /**
     * Writes a document.
     *
     * @param document the document
     * @param out the output, flushed but not closed
     * @return what the format could not carry (each a WARNING naming the field), empty when lossless
     * @throws IOException when the output fails
     */
    List<Diagnostic> write(AdministrativeDocument document, Writer out) throws IOException;

    /** @return the schema of the format (JSON Schema, XSD), or {@code null} when it has none */
    default String schema() {
        return null;
    }
}
