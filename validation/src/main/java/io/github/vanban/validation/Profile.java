package io.github.vanban.validation;

/**
 * Hồ sơ kiểm tra — what is being checked: a draft (dự thảo), whose số and day may still be blank because the
 * Văn thư assigns them after signing (Điều 15.2, Nghị định 30/2020/NĐ-CP), or an issued document (văn bản đã ban
 * hành).
 */
public enum Profile {
    /** Dự thảo: the number and the day may be blank; a "Dự thảo" marker is expected. */
    DRAFT,
    /** Văn bản ban hành: numbered, dated and signed. */
    ISSUED
}
