package io.github.vanban.cli;

import io.github.vanban.cli.internal.ExitCodes;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vanban schema} — prints the published schema of a format (lược đồ): the JSON Schema (2020-12) of a
 * Vanban JSON document or the XSD of a Vanban XML document.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VanbanCommand.Version.class,
        description = "Prints the JSON Schema (json) or the XSD (xml) of a Vanban document.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or this build has no schema for the format"})
public final class SchemaCommand implements Callable<Integer> {

    /** The formats with a schema. */
    enum SchemaFormat {
        JSON(Format.JSON), XML(Format.XML);

        private final Format format;

        SchemaFormat(Format format) {
            this.format = format;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "json|xml", description = "The format.")
    private SchemaFormat format;

    @Override
    public Integer call() {
        Optional<String> schema = DocumentFormats.schema(format.format);
        if (schema.isEmpty()) {
            spec.commandLine().getErr().println("vanban: error: this build of Vanban has no "
                    + format.name().toLowerCase(Locale.ROOT) + " schema yet");
            return ExitCodes.FAILURE;
        }
        String text = schema.get();
        spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
