package io.github.vanban.cli;

import java.util.Locale;

/** The language of the messages (ngôn ngữ): Vietnamese (default) or English — never the JVM default. */
enum Language {
    /** Tiếng Việt. */
    VI(Locale.forLanguageTag("vi")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** @return the locale */
    Locale locale() {
        return locale;
    }
}
