/**
 * Vanban core: the typed model of Vietnamese administrative documents (văn bản hành chính) under
 * Nghị định 30/2020/NĐ-CP, reference data, and Vietnamese text utilities.
 */
module io.github.vanban.core {
    requires transitive jakarta.validation;
    requires transitive org.jspecify;

    exports io.github.vanban.core;
    exports io.github.vanban.core.document;
    exports io.github.vanban.core.component;
    exports io.github.vanban.core.body;
    exports io.github.vanban.core.reference;
    exports io.github.vanban.core.text;
    exports io.github.vanban.core.award;

    // Hibernate Validator and Jackson read the records reflectively.
    opens io.github.vanban.core.document;
    opens io.github.vanban.core.component;
    opens io.github.vanban.core.body;
    opens io.github.vanban.core.award;
}
