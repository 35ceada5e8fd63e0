package io.github.vanban.cli;

import io.github.vanban.cli.internal.ExitCodes;
import io.github.vanban.cli.internal.RuleEngine;
import io.github.vanban.cli.internal.RuleSets;
import io.github.vanban.cli.internal.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vanban} — checks, converts and describes Vietnamese administrative documents (văn bản hành chính) under
 * Nghị định 30/2020/NĐ-CP. Without a subcommand it prints its usage and exits with 2.
 */
@Command(name = "vanban", mixinStandardHelpOptions = true, versionProvider = VanbanCommand.Version.class,
        description = "Checks, converts and describes Vietnamese administrative documents (văn bản hành chính) "
                + "under Nghị định 30/2020/NĐ-CP.",
        subcommands = {CheckCommand.class, ConvertCommand.class, RulesCommand.class, SchemaCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding is an ERROR (or the command did its work)",
            "1:at least one finding is an ERROR",
            "2:bad usage, unreadable input or a processing failure"},
        footer = {"", "Run 'vanban COMMAND --help' for the options of a command."})
public final class VanbanCommand implements Callable<Integer> {

    private final Terminal terminal;
    private final RuleSets ruleSets;

    @Spec
    private CommandSpec spec;

    /**
     * @param terminal standard input and what the output streams are
     * @param ruleSets the rule sets available
     */
    public VanbanCommand(Terminal terminal, RuleSets ruleSets) {
        this.terminal = terminal;
        this.ruleSets = ruleSets;
    }

    /** @return standard input and what the output streams are */
    Terminal terminal() {
        return terminal;
    }

    /** @return the rule sets available */
    RuleSets ruleSets() {
        return ruleSets;
    }

    /**
     * Finds a rule set by id, or fails the command as bad usage naming the ids available.
     *
     * @param command the command that asks
     * @param id the rule set id given by the user
     * @return the rule set
     * @throws ParameterException when there is no rule set with that id
     */
    RuleEngine ruleSet(CommandLine command, String id) {
        return ruleSets.find(id).orElseThrow(() -> new ParameterException(command, "unknown rule set '" + id
                + "'; available: " + (ruleSets.ids().isEmpty() ? "none" : String.join(", ", ruleSets.ids()))));
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("vanban: a command is required");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.FAILURE;
    }

    /**
     * The version of this build of vanban, from the resource Maven writes.
     *
     * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
     */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = VanbanCommand.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** Prints the version of vanban, of its rule sets and of Java (phiên bản). */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {
                "vanban " + version(),
                "rule sets: " + String.join(", ", ValidationRuleSets.load().ids()),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
