package io.github.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VanbanCommandTest {

    @Test
    void versionPrintsTheProjectVersionOnStdout() {
        CommandRun r = CommandRun.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("vanban 0.").contains("rule sets:").contains("Java 17");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutACommandItPrintsUsageOnStderrAndExits2() {
        CommandRun r = CommandRun.run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("a command is required").contains("Usage: vanban")
                .contains("check").contains("convert").contains("rules").contains("schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "convert", "rules", "schema"})
    void everyCommandHasHelpOnStdout(String command) {
        CommandRun r = CommandRun.run(command, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: vanban " + command).contains("Exit codes:");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void topLevelHelpListsTheExitCodes() {
        CommandRun r = CommandRun.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("0   no finding is an ERROR").contains("1   at least one finding is an ERROR")
                .contains("2   bad usage, unreadable input or a processing failure");
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        CommandRun r = CommandRun.run("chek", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("vanban: Unmatched arguments").contains("Did you mean: vanban check")
                .contains("Try 'vanban --help'");
    }

    @Test
    void anUnknownOptionIsBadUsageWithAHint() {
        CommandRun r = CommandRun.run("check", "--colour", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Unknown option: '--colour'").contains("Try 'vanban check --help'");
    }
}
