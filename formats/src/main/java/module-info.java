/** Vanban formats: readers and writers for JSON, XML, plain text and edXML. */
module io.github.vanban.formats {
    requires transitive io.github.vanban.core;
    requires tools.jackson.databind;
    requires java.xml;

    exports io.github.vanban.formats;
}
