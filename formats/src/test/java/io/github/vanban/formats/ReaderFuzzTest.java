package io.github.vanban.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * No input makes a reader throw: random bytes, random text and damaged documents all give a result that has a
 * document or an error with a location, never both and never neither.
 */
class ReaderFuzzTest {

    private static final List<Format> FORMATS = List.of(Format.JSON, Format.XML);

    private static Gen<byte[]> randomBytes() {
        return in -> {
            int n = integers().between(0, 600).generate(in);
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) (int) integers().between(0, 255).generate(in);
            }
            return b;
        };
    }

    /** A valid document with a few bytes changed, inserted or deleted. */
    private static Gen<byte[]> damaged(Format format) {
        byte[] valid = DocumentFormats.writeToString(SampleDocuments.dispatch(), format)
                .getBytes(StandardCharsets.UTF_8);
        String alphabet = "{}[]<>/\"'=:,&;!-? \nabcvb0\u00ff";
        return in -> {
            StringBuilder s = new StringBuilder(new String(valid, StandardCharsets.ISO_8859_1));
            int edits = integers().between(1, 6).generate(in);
            for (int e = 0; e < edits && s.length() > 0; e++) {
                int at = integers().between(0, s.length() - 1).generate(in);
                int what = integers().between(0, 2).generate(in);
                char c = alphabet.charAt(integers().between(0, alphabet.length() - 1).generate(in));
                if (what == 0) {
                    s.setCharAt(at, c);
                } else if (what == 1) {
                    s.insert(at, c);
                } else {
                    s.deleteCharAt(at);
                }
            }
            return s.toString().getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    private static void check(ReadResult r) {
        assertThat(r.isSuccess()).isEqualTo(r.errors().isEmpty());
        r.errors().forEach(d -> assertThat(d.location()).isNotNull());
    }

    @Test
    void randomBytesNeverThrow() {
        for (Format f : FORMATS) {
            qt().withExamples(150).withShrinkCycles(0).forAll(randomBytes())
                    .checkAssert(b -> check(DocumentFormats.read(new ByteArrayInputStream(b), f)));
        }
    }

    @Test
    void randomText() {
        for (Format f : FORMATS) {
            qt().withExamples(150).withShrinkCycles(0).forAll(strings().allPossible().ofLengthBetween(0, 300))
                    .checkAssert(s -> check(DocumentFormats.read(new StringReader(s), f,
                            ReadOptions.DEFAULTS.withLenient(true))));
        }
    }

    @Test
    void damagedDocuments() {
        for (Format f : FORMATS) {
            qt().withExamples(200).withShrinkCycles(0).forAll(damaged(f)).checkAssert(b -> {
                check(DocumentFormats.read(new ByteArrayInputStream(b), f));
                check(DocumentFormats.read(new ByteArrayInputStream(b), f, ReadOptions.DEFAULTS.withLenient(true)));
            });
        }
    }
}
