package io.github.vanban.formats.internal;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.Location;
import io.github.vanban.formats.ReadOptions;
import io.github.vanban.formats.ReadResult;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/** A format this version of Vanban does not read or write yet; every call says so. */
public record UnavailableCodec(Format format) implements FormatCodec {

    @Override
    public ReadResult read(InputStream in, ReadOptions options) {
        return fail();
    }

    @Override
    public ReadResult read(Reader in, ReadOptions options) {
        return fail();
    }

    @Override
    public List<Diagnostic> write(AdministrativeDocument document, Writer out) {
        throw new UnsupportedOperationException("writing " + format + " is not available in this version of Vanban");
    }

    private ReadResult fail() {
        return ReadResult.failure(format, new Diagnostic(Diagnostic.Severity.ERROR, "format.unavailable",
                "reading " + format + " is not available in this version of Vanban", Location.UNKNOWN));
    }
}
