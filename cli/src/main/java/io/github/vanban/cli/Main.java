package io.github.vanban.cli;

import io.github.vanban.cli.internal.ExitCodes;
import io.github.vanban.cli.internal.RuleSets;
import io.github.vanban.cli.internal.Terminal;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The entry point of the {@code vanban} command (điểm vào của công cụ dòng lệnh). Standard output carries only
 * the report, in UTF-8; diagnostics, progress and the summary go to standard error.
 *
 * <p>Exit codes: 0 when no finding is an ERROR, 1 when at least one is, 2 for bad usage, unreadable input or a
 * processing failure.
 */
public final class Main {

    /** Held so that the level set on it stays: Hibernate Validator's start-up notes are not diagnostics. */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    private Main() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        HIBERNATE.setLevel(Level.WARNING);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = commandLine(Terminal.system(), ValidationRuleSets.load(), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Builds the command line with its subcommands, streams and error handling, for {@link #main} and for
     * running the command in-process (tests, embedding).
     *
     * @param terminal standard input and what the output streams are
     * @param ruleSets the rule sets available
     * @param out standard output: the report
     * @param err standard error: diagnostics, progress, summary
     * @return the command line, ready to {@link CommandLine#execute execute}
     */
    public static CommandLine commandLine(Terminal terminal, RuleSets ruleSets, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new VanbanCommand(terminal, ruleSets));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(
                terminal.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine line = ex.getCommandLine();
            PrintWriter e = line.getErr();
            e.println("vanban: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
            e.flush();
            return ExitCodes.FAILURE;
        });
        cmd.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("vanban: error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            line.getErr().flush();
            return ExitCodes.FAILURE;
        });
        return cmd;
    }
}
