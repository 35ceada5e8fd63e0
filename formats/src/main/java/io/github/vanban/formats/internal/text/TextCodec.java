package io.github.vanban.formats.internal.text;

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
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The plain-text codec: {@link TextReader} and {@link TextWriter} behind the format API. */
public final class TextCodec implements FormatCodec {

    @Override
    public ReadResult read(InputStream in, ReadOptions options) {
        return readDetailed(in, options).result();
    }

    @Override
    public ReadResult read(Reader in, ReadOptions options) {
        return readDetailed(in, options).result();
    }

    /**
     * Reads bytes, decoding UTF-8 (invalid sequences become U+FFFD and a diagnostic).
     *
     * @param in the input, not closed
     * @param options the limits
     * @return the reading
     */
    public static TextReader.Reading readDetailed(InputStream in, ReadOptions options) {
        byte[] bytes;
        try {
            bytes = BoundedInput.readAll(in, options.maxInputBytes());
        } catch (BoundedInput.TooLargeException e) {
            return failed("text.too-large", "the input is larger than " + options.maxInputBytes() + " bytes");
        } catch (IOException e) {
            return failed("io.unreadable", "cannot read the input: " + e.getMessage());
        }
        String text;
        boolean invalid = false;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            invalid = true;
        }
        TextReader.Reading r = TextReader.read(text);
        if (!invalid) {
            return r;
        }
        List<Diagnostic> d = new java.util.ArrayList<>();
        int bad = text.indexOf('\uFFFD');
        int line = 1;
        for (int k = 0; k < bad; k++) {
            line += text.charAt(k) == '\n' ? 1 : 0;
        }
        d.add(new Diagnostic(Diagnostic.Severity.WARNING, "text.invalid-utf8",
                "the input is not valid UTF-8; invalid bytes were replaced by U+FFFD, the first on this line",
                bad < 0 ? Location.UNKNOWN : Location.line(line)));
        d.addAll(r.result().diagnostics());
        ReadResult res = new ReadResult(r.result().document(), Format.TEXT, d, r.result().confidence(),
                r.result().sourceLines());
        return new TextReader.Reading(res, r.typeName(), r.outsideDecree30(), r.further());
    }

    /**
     * Reads characters.
     *
     * @param in the input, not closed
     * @param options the limits
     * @return the reading
     */
    public static TextReader.Reading readDetailed(Reader in, ReadOptions options) {
        StringBuilder s = new StringBuilder();
        char[] buf = new char[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                s.append(buf, 0, n);
                if (s.length() > options.maxInputBytes()) {
                    return failed("text.too-large", "the input is longer than " + options.maxInputBytes()
                            + " characters");
                }
            }
        } catch (IOException e) {
            return failed("io.unreadable", "cannot read the input: " + e.getMessage());
        }
        return TextReader.read(s.toString());
    }

    private static TextReader.Reading failed(String code, String message) {
        return new TextReader.Reading(ReadResult.failure(Format.TEXT,
                new Diagnostic(Diagnostic.Severity.ERROR, code, message, Location.UNKNOWN)), null, null, List.of());
    }

    @Override
    public List<Diagnostic> write(AdministrativeDocument document, Writer out) throws IOException {
        return TextWriter.write(document, out);
    }
}
