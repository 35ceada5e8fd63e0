package io.github.vanban.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.internal.xml.XmlTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden files: the sample dispatch and decision in JSON and XML, written for this project. The writer's
 * output must equal them structurally (JSON tree equality, canonical XML), and reading them gives the samples.
 * Rerun with {@code -Dvanban.regenerate=true} to rewrite them after a deliberate change of the layout.
 */
class GoldenFilesTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();

    static Stream<Arguments> goldenFiles() {
        return Stream.of(
                Arguments.of("dispatch.json", SampleDocuments.dispatch(), Format.JSON),
                Arguments.of("dispatch.xml", SampleDocuments.dispatch(), Format.XML),
                Arguments.of("decision.json", SampleDocuments.decision(), Format.JSON),
                Arguments.of("decision.xml", SampleDocuments.decision(), Format.XML));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void writerMatchesTheGoldenFile(String name, AdministrativeDocument sample, Format format) throws IOException {
        String written = DocumentFormats.writeToString(sample, format);
        if (Boolean.getBoolean("vanban.regenerate")) {
            Files.writeString(Path.of(System.getProperty("vanban.root", ".."),
                    "formats/src/test/resources/io/github/vanban/formats/golden", name), written);
        }
        String golden = golden(name);
        if (format == Format.JSON) {
            assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(golden));
        } else {
            assertThat(XmlTestSupport.canonical(written)).isEqualTo(XmlTestSupport.canonical(golden));
            assertThat(XmlTestSupport.validate(golden)).isEmpty();
        }
        ReadResult read = DocumentFormats.read(new java.io.StringReader(golden), format);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.document()).isEqualTo(sample);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
