package io.github.vanban.formats;

import io.github.vanban.formats.internal.text.TextCodec;
import io.github.vanban.formats.internal.text.TextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What reading a plain-text document (văn bản dạng văn bản thuần) finds beyond the {@link ReadResult} of
 * {@link DocumentFormats#read(Path, Format)}: the type heading as written (a Thông tư or a Party "Thông báo kết
 * luận" is not one of the 29 types of Điều 7, Nghị định 30/2020/NĐ-CP), why the document is outside Decree 30,
 * and the further documents of the file — the enclosure (văn bản kèm theo) that follows a cover letter.
 *
 * @param result the main document and its diagnostics, as {@link DocumentFormats} returns them
 * @param typeName the type as written in the heading ("Thông tư", "Quyết định"), or as inferred
 * @param outsideDecree30 why the document is not a Decree 30 administrative document (a Party document, a legal
 *     normative document), or {@code null}
 * @param enclosures the further documents found after the main one, each read on its own
 */
public record TextReading(ReadResult result, @Nullable String typeName, @Nullable String outsideDecree30,
                          List<ReadResult> enclosures) {

    /** Copies the enclosures. */
    public TextReading {
        enclosures = List.copyOf(enclosures);
    }

    /**
     * Reads a text file (UTF-8). Never throws for bad input.
     *
     * @param path the file
     * @return the reading; an unreadable file gives a failed result
     */
    public static TextReading read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return of(TextCodec.readDetailed(in, ReadOptions.DEFAULTS));
        } catch (IOException e) {
            return new TextReading(ReadResult.failure(Format.TEXT, new Diagnostic(Diagnostic.Severity.ERROR,
                    "io.unreadable", "cannot read " + path + ": " + e.getMessage(), Location.UNKNOWN)), null, null,
                    List.of());
        }
    }

    /**
     * Reads a text.
     *
     * @param text the whole document
     * @return the reading
     */
    public static TextReading read(String text) {
        return of(TextCodec.readDetailed(new StringReader(text), ReadOptions.DEFAULTS));
    }

    private static TextReading of(TextReader.Reading r) {
        return new TextReading(r.result(), r.typeName(), r.outsideDecree30(), r.further());
    }
}
