package io.github.vanban.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writers flush the output they are given but never close it (the caller owns it). */
class WriteTargetTest {

    /** A writer that remembers being closed. */
    private static final class ClosableWriter extends StringWriter {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A stream that remembers being closed. */
    private static final class ClosableStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "XML"})
    void writerIsNotClosed(Format format) throws IOException {
        ClosableWriter out = new ClosableWriter();
        DocumentFormats.write(SampleDocuments.dispatch(), format, out);
        assertThat(out.closed).isFalse();
        out.write("<!-- still open -->");
        assertThat(out.toString()).isEqualTo(DocumentFormats.writeToString(SampleDocuments.dispatch(), format)
                + "<!-- still open -->");
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "XML"})
    void streamIsNotClosed(Format format) throws IOException {
        ClosableStream out = new ClosableStream();
        DocumentFormats.write(SampleDocuments.decision(), format, out);
        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(DocumentFormats.writeToString(SampleDocuments.decision(), format));
    }
}
