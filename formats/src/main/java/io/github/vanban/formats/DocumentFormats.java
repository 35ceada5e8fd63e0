package io.github.vanban.formats;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.internal.FormatCodec;
import io.github.vanban.formats.internal.UnavailableCodec;
import io.github.vanban.formats.internal.json.JsonCodec;
import io.github.vanban.formats.internal.text.TextCodec;
import io.github.vanban.formats.internal.xml.XmlCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point for reading and writing documents in every {@link Format} (đọc, ghi văn bản).
 *
 * <pre>{@code
 * ReadResult result = DocumentFormats.read(Path.of("cong-van.json"), Format.JSON);
 * AdministrativeDocument doc = result.orThrow();
 * DocumentFormats.write(doc, Format.XML, System.out);
 * }</pre>
 *
 * <p>Reads never throw for bad input: they return a {@link ReadResult} with typed, located diagnostics. Writes
 * return what the format could not carry. All methods are thread-safe.
 */
public final class DocumentFormats {

    private DocumentFormats() {
    }

    private static final FormatCodec JSON_CODEC = new JsonCodec();
    private static final FormatCodec XML_CODEC = new XmlCodec();

    private static FormatCodec codec(Format format) {
        return switch (format) {
            case JSON -> JSON_CODEC;
            case XML -> XML_CODEC;
            case TEXT -> new TextCodec();
            case EDXML -> new UnavailableCodec(Format.EDXML);
        };
    }

    /**
     * Reads a document from bytes (UTF-8 for JSON and text; XML honours its declaration).
     *
     * @param in the input, not closed
     * @param format the format
     * @param options limits and strictness
     * @return the document or the diagnostics that explain why not
     */
    public static ReadResult read(InputStream in, Format format, ReadOptions options) {
        return codec(format).read(in, options);
    }

    /**
     * Reads a document from bytes with the {@link ReadOptions#DEFAULTS default options}.
     *
     * @param in the input, not closed
     * @param format the format
     * @return the document or the diagnostics that explain why not
     */
    public static ReadResult read(InputStream in, Format format) {
        return read(in, format, ReadOptions.DEFAULTS);
    }

    /**
     * Reads a document from characters.
     *
     * @param in the input, not closed
     * @param format the format
     * @param options limits and strictness
     * @return the document or the diagnostics that explain why not
     */
    public static ReadResult read(Reader in, Format format, ReadOptions options) {
        return codec(format).read(in, options);
    }

    /**
     * Reads a document from characters with the default options.
     *
     * @param in the input, not closed
     * @param format the format
     * @return the document or the diagnostics that explain why not
     */
    public static ReadResult read(Reader in, Format format) {
        return read(in, format, ReadOptions.DEFAULTS);
    }

    /**
     * Reads a document from a file. An unreadable file is an error diagnostic, not an exception.
     *
     * @param path the file
     * @param format the format
     * @param options limits and strictness
     * @return the document or the diagnostics that explain why not
     */
    public static ReadResult read(Path path, Format format, ReadOptions options) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, format, options);
        } catch (IOException e) {
            return ReadResult.failure(format, new Diagnostic(Diagnostic.Severity.ERROR, "io.unreadable",
                    "cannot read " + path + ": " + e.getMessage(), Location.UNKNOWN));
        }
    }

    /**
     * Reads a document from a file with the default options.
     *
     * @param path the file
     * @param format the format
     * @return the document or the diagnostics that explain why not
     */
    public static ReadResult read(Path path, Format format) {
        return read(path, format, ReadOptions.DEFAULTS);
    }

    /**
     * Writes a document as UTF-8.
     *
     * @param document the document
     * @param format the format
     * @param out the output, flushed but not closed
     * @return what the format could not carry, empty when the write is lossless
     * @throws IOException when the output fails
     */
    public static List<Diagnostic> write(AdministrativeDocument document, Format format, OutputStream out)
            throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<Diagnostic> lost = write(document, format, w);
        w.flush();
        return lost;
    }

    /**
     * Writes a document.
     *
     * @param document the document
     * @param format the format
     * @param out the output, flushed but not closed
     * @return what the format could not carry, empty when the write is lossless
     * @throws IOException when the output fails
     */
    public static List<Diagnostic> write(AdministrativeDocument document, Format format, Writer out)
            throws IOException {
        List<Diagnostic> lost = codec(format).write(document, out);
        out.flush();
        return lost;
    }

    /**
     * Writes a document to a string.
     *
     * @param document the document
     * @param format the format
     * @return the written document
     */
    public static String writeToString(AdministrativeDocument document, Format format) {
        StringWriter out = new StringWriter();
        try {
            write(document, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * The schema of a format: the JSON Schema (2020-12) for {@link Format#JSON}, the XSD for {@link Format#XML}.
     *
     * @param format the format
     * @return the schema text, or empty when the format has none
     */
    public static Optional<String> schema(Format format) {
        return Optional.ofNullable(codec(format).schema());
    }

    /**
     * Guesses the format of some content from its first characters: "{" is JSON; "<" is edXML when the
     * content names the edXML envelope, XML otherwise; anything else is text.
     *
     * @param head the first bytes of the content (a few kilobytes are plenty)
     * @return the format
     */
    public static Format detect(byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        int i = 0;
        if (s.startsWith("\uFEFF")) {
            i = 1;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && (s.charAt(i) == '{' || s.charAt(i) == '[')) {
            return Format.JSON;
        }
        if (i < s.length() && s.charAt(i) == '<') {
            return s.contains("edXMLEnvelope") || s.contains("edXML:") ? Format.EDXML : Format.XML;
        }
        return Format.TEXT;
    }

    /**
     * Guesses the format of a file from its first 8 KiB.
     *
     * @param path the file
     * @return the format
     * @throws IOException when the file cannot be read
     */
    public static Format detect(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return detect(in.readNBytes(8192));
        }
    }
}
