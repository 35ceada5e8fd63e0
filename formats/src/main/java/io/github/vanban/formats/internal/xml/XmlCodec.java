package io.github.vanban.formats.internal.xml;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.Location;
import io.github.vanban.formats.ReadOptions;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.formats.internal.BoundedInput;
import io.github.vanban.formats.internal.FormatCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The XML reader and writer (đọc, ghi XML). One namespace, {@value #NAMESPACE}, always with the prefix
 * {@value #PREFIX}; one root element per document record ({@code vb:officialDispatch}, {@code vb:decision}, …,
 * {@code vb:genericDocument}) whose {@code type} attribute is the discriminator of the JSON form; child elements in
 * record-component order, named as in JSON ({@link io.github.vanban.core.FieldNames}); absent means no value.
 * Every list is a wrapper element named like the JSON array, always written, whose entries are {@code vb:entry}
 * elements — or, for body elements, elements named by their kind ({@code vb:paragraph}, {@code vb:article}).
 * DOCTYPE declarations, and with them external entities and entity expansion, are always refused.
 */
public final class XmlCodec implements FormatCodec {

    /** The namespace of Vanban documents. */
    public static final String NAMESPACE = "urn:vanban:document:1";
    /** The fixed prefix of the namespace. */
    public static final String PREFIX = "vb";
    /** The element name of a list entry. */
    public static final String ENTRY = "entry";
    /** The resource that holds the XSD of a document. */
    public static final String SCHEMA_RESOURCE = "/io/github/vanban/formats/vanban-document.xsd";

    @Override
    public ReadResult read(InputStream in, ReadOptions options) {
        return readBounded(() -> BoundedInput.readAll(in, options.maxInputBytes()), false, options);
    }

    @Override
    public ReadResult read(Reader in, ReadOptions options) {
        return readBounded(() -> BoundedInput.readAll(in, options.maxInputBytes()), true, options);
    }

    /**
     * Characters (held as UTF-8 bytes) ignore the encoding a declaration names; bytes are decoded strictly in the
     * encoding their declaration or byte-order mark names, UTF-8 by default, so that a malformed byte is a located
     * error of its own.
     */
    private static ReadResult readBounded(BoundedInput.Source source, boolean characters, ReadOptions options) {
        try {
            byte[] bytes = source.bytes();
            String text;
            if (characters) {
                text = new String(bytes, StandardCharsets.UTF_8);
            } else {
                try {
                    text = XmlEncoding.decode(bytes);
                } catch (XmlEncoding.MalformedException e) {
                    return ReadResult.failure(Format.XML, new Diagnostic(Diagnostic.Severity.ERROR, "xml.encoding",
                            e.getMessage(), new Location(e.line(), e.column(), null)));
                }
            }
            return new XmlDocumentReader(options).read(new StringReader(text));
        } catch (BoundedInput.TooLargeException e) {
            return fail("xml.limit.size", e.getMessage());
        } catch (IOException e) {
            return fail("io.unreadable", "cannot read the input: " + e.getMessage());
        }
    }

    @Override
    public List<Diagnostic> write(AdministrativeDocument document, Writer out) throws IOException {
        return new XmlDocumentWriter().write(document, out);
    }

    @Override
    public String schema() {
        try (InputStream in = XmlCodec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadResult fail(String code, String message) {
        return ReadResult.failure(Format.XML, new Diagnostic(Diagnostic.Severity.ERROR, code, message,
                Location.UNKNOWN));
    }
}
