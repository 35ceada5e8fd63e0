package io.github.vanban.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/GLOSSARY.md lists every rename of {@link FieldNames}, so the documentation says what the code writes. */
class GlossaryDocumentTest {

    @Test
    void every_field_name_rename_is_in_the_glossary() throws IOException {
        Path glossary = Path.of(System.getProperty("vanban.root", "..")).resolve("docs/GLOSSARY.md");
        assumeTrue(Files.exists(glossary), "docs/GLOSSARY.md is not beside the build; skipping");
        String text = Files.readString(glossary, StandardCharsets.UTF_8);
        assertThat(FieldNames.renames()).isNotEmpty();
        FieldNames.renames().forEach((component, external) ->
                assertThat(text).as("%s -> %s", component, external).contains("| `" + component + "` | `" + external + "`"));
    }

    @Test
    void external_names_default_to_the_component_name() {
        assertThat(FieldNames.external(io.github.vanban.core.component.DocumentNumber.class, "number")).isEqualTo("codeNumber");
        assertThat(FieldNames.external(io.github.vanban.core.component.DocumentNumber.class, "notation"))
                .isEqualTo("codeNotation");
        assertThat(FieldNames.external(io.github.vanban.core.component.Recipient.class, "purpose")).isEqualTo("purpose");
    }
}
