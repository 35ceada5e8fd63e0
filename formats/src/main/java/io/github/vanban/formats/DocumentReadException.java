package io.github.vanban.formats;

import java.io.Serial;

/**
 * Reading a document failed (không đọc được văn bản); the {@link ReadResult} holds the diagnostics with their
 * locations.
 */
public final class DocumentReadException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ReadResult result;

    /** @param result the failed result */
    public DocumentReadException(ReadResult result) {
        super(result.errors().isEmpty() ? "reading " + result.format() + " failed"
                : result.errors().get(0).toString());
        this.result = result;
    }

    /** @return the failed result with its diagnostics */
    public ReadResult result() {
        return result;
    }
}
