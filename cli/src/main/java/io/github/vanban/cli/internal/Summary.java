package io.github.vanban.cli.internal;

import java.time.Duration;
import java.util.Locale;

/**
 * The tally of a run (tổng hợp): documents, valid, invalid, failed and the wall time. Not thread-safe; the batch
 * engine feeds it from one thread, in input order.
 */
public final class Summary {

    private long valid;
    private long invalid;
    private long failed;
    private long errors;

    /** @param outcome one more document */
    public void add(DocumentOutcome outcome) {
        switch (outcome.status()) {
            case VALID -> valid++;
            case INVALID -> invalid++;
            case FAILED -> failed++;
        }
        errors += outcome.count(Severity.ERROR);
    }

    /** @return documents seen */
    public long documents() {
        return valid + invalid + failed;
    }

    /** @return valid documents */
    public long valid() {
        return valid;
    }

    /** @return invalid documents */
    public long invalid() {
        return invalid;
    }

    /** @return documents that could not be processed */
    public long failed() {
        return failed;
    }

    /** @return ERROR findings over all documents */
    public long errors() {
        return errors;
    }

    /**
     * The exit code of the run: 2 when a document failed, 1 when a finding is an ERROR, 0 otherwise.
     *
     * @return the exit code
     */
    public int exitCode() {
        if (failed > 0) {
            return ExitCodes.FAILURE;
        }
        return invalid > 0 ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /**
     * @param elapsed the wall time of the run
     * @return the summary line, e.g. {@code 62 documents: 40 valid, 22 invalid, 0 failed in 3.14 s}
     */
    public String line(Duration elapsed) {
        return String.format(Locale.ROOT, "%d document%s: %d valid, %d invalid, %d failed in %.2f s",
                documents(), documents() == 1 ? "" : "s", valid, invalid, failed, elapsed.toNanos() / 1e9);
    }
}
