package io.github.vanban.cli.internal;

/** The outcome of checking one document (trạng thái): valid, invalid, or failed to be processed at all. */
public enum Status {
    /** Read and checked; no finding is an ERROR. */
    VALID,
    /** Read and checked; at least one finding is an ERROR. */
    INVALID,
    /** Could not be read or checked; never counted as valid. */
    FAILED
}
