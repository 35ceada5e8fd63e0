package io.github.vanban.cli.internal;

import java.util.Locale;

/**
 * What is being checked (hồ sơ kiểm tra): a draft (dự thảo — number and day may still be blank) or an issued
 * document (văn bản đã ban hành).
 */
public enum Profile {
    /** A draft: blank number and day are allowed. */
    DRAFT,
    /** An issued document: every component must be complete. */
    ISSUED;

    /** @return the lower-case name used on the command line and in reports */
    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
