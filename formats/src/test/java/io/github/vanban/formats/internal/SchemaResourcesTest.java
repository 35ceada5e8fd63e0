package io.github.vanban.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.internal.json.JsonCodec;
import io.github.vanban.formats.internal.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped schemas are exactly what {@link SchemaGenerator} makes of the model, so they never drift from it.
 * Run with {@code -Dvanban.regenerate=true} to rewrite them after a change of the model.
 */
class SchemaResourcesTest {

    private static final boolean REGENERATE = Boolean.getBoolean("vanban.regenerate");

    @Test
    void jsonSchemaIsGeneratedFromTheModel() throws IOException {
        check(JsonCodec.SCHEMA_RESOURCE, SchemaGenerator.jsonSchema());
        assertThat(DocumentFormats.schema(Format.JSON)).contains(SchemaGenerator.jsonSchema());
    }

    @Test
    void xsdIsGeneratedFromTheModel() throws IOException {
        check(XmlCodec.SCHEMA_RESOURCE, SchemaGenerator.xsd());
        assertThat(DocumentFormats.schema(Format.XML)).contains(SchemaGenerator.xsd());
    }

    private static void check(String resource, String generated) throws IOException {
        Path file = Path.of(System.getProperty("vanban.root", ".."), "formats/src/main/resources" + resource);
        if (REGENERATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is out of date: rerun with -Dvanban.regenerate=true", resource).isEqualTo(generated);
    }
}
