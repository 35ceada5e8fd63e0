/** The vanban command: check, convert, rules and schema, for people and pipelines. */
module io.github.vanban.cli {
    requires io.github.vanban.core;
    requires io.github.vanban.validation;
    requires io.github.vanban.formats;
    requires info.picocli;
    requires tools.jackson.databind;
    requires static org.jspecify;
    requires java.logging;

    // picocli builds the commands reflectively
    opens io.github.vanban.cli to info.picocli;
}
