package io.github.vanban.validation;

/**
 * Mức độ của một phát hiện — how serious a finding is. The severities of the candidate rules of Nghị định
 * 30/2020/NĐ-CP: an ERROR breaks a stated rule of the decree, a WARNING a convention, a tolerance or a heuristic,
 * an INFO is a hint.
 */
public enum Severity {
    /** Lỗi: violates a stated rule; a document with an error is INVALID. */
    ERROR,
    /** Cảnh báo: violates a convention or an unverified reading; the document stays VALID. */
    WARNING,
    /** Thông tin: a hint only. */
    INFO;

    /**
     * @param other another severity
     * @return {@code true} when this severity is at least as serious as {@code other}
     */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
