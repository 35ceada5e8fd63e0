/** The vanban command: check, convert, rules and schema, for people and pipelines. */
module io.github.vanban.cli {
    requires io.github.vanban.core;
    requires io.github.vanban.validation;
    requires io.github.vanban.formats;
    requires info.picocli;
}
