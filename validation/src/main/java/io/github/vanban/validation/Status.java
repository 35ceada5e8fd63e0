package io.github.vanban.validation;

/** Kết quả kiểm tra — the outcome of validating one document. */
public enum Status {
    /** Hợp lệ: no finding of severity {@link Severity#ERROR}. */
    VALID,
    /** Không hợp lệ: at least one {@link Severity#ERROR}. */
    INVALID,
    /** Lỗi xử lý: validation could not be completed; never to be read as valid. */
    FAILED
}
