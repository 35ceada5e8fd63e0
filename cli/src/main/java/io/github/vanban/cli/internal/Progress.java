package io.github.vanban.cli.internal;

import java.io.PrintWriter;

/**
 * The progress bar of a long run (tiến độ), drawn on standard error of a terminal and redrawn at most ten
 * times a second; it erases itself at the end so that the summary line stands alone.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private long done;
    private long lastDraw;
    private boolean drawn;

    /**
     * @param err standard error
     * @param total the number of documents expected
     */
    public Progress(PrintWriter err, long total) {
        this.err = err;
        this.total = Math.max(total, 1);
    }

    /** Counts one more document and redraws when it is time. */
    public void advance() {
        done++;
        long now = System.nanoTime();
        if (done == total || now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            int filled = (int) (WIDTH * Math.min(done, total) / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
            err.flush();
            drawn = true;
        }
    }

    /** Erases the bar. */
    public void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
