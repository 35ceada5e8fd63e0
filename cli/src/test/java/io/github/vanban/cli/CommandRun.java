package io.github.vanban.cli;

import io.github.vanban.cli.internal.RuleSets;
import io.github.vanban.cli.internal.Terminal;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the command with captured standard output and error.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandRun(int exit, String out, String err) {

    static CommandRun run(String... args) {
        return run(new FakeRuleSets(), "", args);
    }

    static CommandRun withStdin(String stdin, String... args) {
        return run(new FakeRuleSets(), stdin, args);
    }

    static CommandRun run(RuleSets sets, String stdin, String... args) {
        return run(Terminal.plain(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), sets, args);
    }

    /** As on a terminal: colour on standard output, a progress bar on standard error. */
    static CommandRun onTerminal(String... args) {
        return run(new Terminal(new ByteArrayInputStream(new byte[0]), true, true), new FakeRuleSets(), args);
    }

    private static CommandRun run(Terminal terminal, RuleSets sets, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(terminal, sets, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
