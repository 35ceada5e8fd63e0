package io.github.vanban.formats.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic code of the plain-text reader and writer is listed in docs/design/text.md. */
class TextDiagnosticCodesTest {

    private static final Path ROOT = Path.of(System.getProperty("vanban.root", ".."));
    private static final Pattern CODE = Pattern.compile("\"(text\\.[a-z0-9-]+)\"");

    @Test
    void everyCodeInTheSourcesIsDocumentedWithItsSeverity() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("formats/src/main/java/io/github/vanban/formats/internal/text"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        String doc = Files.readString(ROOT.resolve("docs/design/text.md"));
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `(text\\.[a-z0-9-]+)` \\| (INFO|WARNING|ERROR) \\|").matcher(doc);
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(listed).as("codes in docs/design/text.md").containsAll(used);
        assertThat(used).as("codes the sources use").containsAll(listed);
    }

    @Test
    void invalidUtf8IsReportedAtTheLineOfTheFirstBadByte() {
        byte[] head = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VP "
                .getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[head.length + 2];
        System.arraycopy(head, 0, text, 0, head.length);
        text[head.length] = (byte) 0xC3;
        text[head.length + 1] = (byte) 0x28;
        ReadResult r = DocumentFormats.read(new ByteArrayInputStream(text), Format.TEXT);
        assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("text.invalid-utf8")
                && d.severity() == Diagnostic.Severity.WARNING && d.location().line() == 3);
    }
}
