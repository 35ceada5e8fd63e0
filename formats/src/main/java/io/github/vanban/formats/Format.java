package io.github.vanban.formats;

/** A document format (định dạng) that Vanban reads and writes. */
public enum Format {
    /** JSON, field names of the Vanban glossary, with a published JSON Schema (2020-12). */
    JSON,
    /** XML in the Vanban namespace, with a published XSD. */
    XML,
    /** Plain text laid out as a Decree 30 document (the reader copes with real, messy documents). */
    TEXT,
    /** edXML, the QCVN 102 exchange package. */
    EDXML
}
