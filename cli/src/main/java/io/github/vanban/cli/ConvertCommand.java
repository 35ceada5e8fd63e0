package io.github.vanban.cli;

import io.github.vanban.cli.internal.ExitCodes;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vanban convert} — converts a document between formats (chuyển đổi định dạng): text to JSON extracts the
 * components of a real document; JSON or XML to text renders it as a Decree 30 text. What the target format
 * cannot carry is listed on standard error.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VanbanCommand.Version.class,
        description = {
            "Converts a document: text to json extracts its components; json or xml to text renders it as a "
                    + "Decree 30 text. The result goes to standard output, or to OUT with -o.",
            "What the reader repaired or doubted, and what the target format cannot carry, is listed on "
                    + "standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:converted",
            "2:bad usage, or the document could not be read or written"})
public final class ConvertCommand implements Callable<Integer> {

    /** The target formats. */
    enum Target {
        JSON(Format.JSON), XML(Format.XML), TEXT(Format.TEXT);

        private final Format format;

        Target(Format format) {
            this.format = format;
        }
    }

    @ParentCommand
    private VanbanCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "json|xml|text", description = "The target format.")
    private Target to;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "auto|text|json|xml",
            description = "The input format; auto (default) detects it from the content.")
    private InputFormat input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of "
            + "standard output.")
    private Path output;

    @Parameters(index = "0", paramLabel = "PATH", description = "The document, or - for standard input.")
    private String path;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ReadResult read;
        if (path.equals("-")) {
            byte[] bytes = root.terminal().in().readAllBytes();
            Format format = input.format() != null ? input.format() : DocumentFormats.detect(bytes);
            read = DocumentFormats.read(new ByteArrayInputStream(bytes), format);
        } else {
            Path p = Path.of(path);
            if (!Files.isRegularFile(p)) {
                err.println("vanban: error: no such file: " + path);
                return ExitCodes.FAILURE;
            }
            Format format = input.format() != null ? input.format() : DocumentFormats.detect(p);
            read = DocumentFormats.read(p, format);
        }
        for (Diagnostic d : read.diagnostics()) {
            if (d.severity() != Diagnostic.Severity.INFO || read.document() == null) {
                err.println("vanban: " + describe(d));
            }
        }
        AdministrativeDocument document = read.document();
        if (document == null) {
            err.println("vanban: error: " + path + " could not be read as " + read.format().name().toLowerCase(
                    Locale.ROOT));
            return ExitCodes.FAILURE;
        }
        List<Diagnostic> lost;
        try {
            lost = output == null ? writeToStdout(document) : writeToFile(document, output);
        } catch (UnsupportedOperationException e) {
            err.println("vanban: error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        for (Diagnostic d : lost) {
            err.println("vanban: not carried by " + to.name().toLowerCase(Locale.ROOT) + ": "
                    + describe(d));
        }
        return ExitCodes.OK;
    }

    private List<Diagnostic> writeToStdout(AdministrativeDocument document) throws IOException {
        // rendered first, so that a format that cannot be written leaves standard output empty
        StringWriter buffer = new StringWriter();
        List<Diagnostic> lost = DocumentFormats.write(document, to.format, buffer);
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer);
        if (buffer.getBuffer().length() > 0 && buffer.getBuffer().charAt(buffer.getBuffer().length() - 1) != '\n') {
            out.println();
        }
        out.flush();
        return lost;
    }

    private List<Diagnostic> writeToFile(AdministrativeDocument document, Path target) throws IOException {
        // rendered in memory (a codec may close the stream it is given), then written beside the target and
        // moved over it, so that a failed write never leaves half a file
        StringWriter buffer = new StringWriter();
        List<Diagnostic> lost = DocumentFormats.write(document, to.format, buffer);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".vanban-", ".tmp");
        try {
            Files.writeString(tmp, buffer.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return lost;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static String describe(Diagnostic d) {
        return d.severity().name().toLowerCase(Locale.ROOT) + " " + d.code() + " (" + d.location()
                + "): " + d.message();
    }
}
