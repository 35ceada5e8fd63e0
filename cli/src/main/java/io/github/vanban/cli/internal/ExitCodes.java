package io.github.vanban.cli.internal;

/** The exit codes of the command (mã thoát), part of its contract. */
public final class ExitCodes {

    /** No finding is an ERROR (and, for the other commands, the work was done). */
    public static final int OK = 0;
    /** At least one finding is an ERROR. */
    public static final int INVALID = 1;
    /** Bad usage, unreadable input or a processing failure. */
    public static final int FAILURE = 2;

    private ExitCodes() {
    }
}
