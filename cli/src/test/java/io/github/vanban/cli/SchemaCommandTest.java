package io.github.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"JSON", "XML"})
    void printsTheSchemaOfTheFormat(Format format) {
        CommandRun r = CommandRun.run("schema", format.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo(DocumentFormats.schema(format).orElseThrow().strip());
        assertThat(r.out()).contains(format == Format.JSON ? "\"$schema\"" : "<xs:schema");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        CommandRun r = CommandRun.run("schema", "yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Invalid value for positional parameter at index 0 (json|xml): "
                + "expected one of [JSON, XML]");
    }

    @Test
    void theFormatIsRequired() {
        CommandRun r = CommandRun.run("schema");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'json|xml'");
    }
}
