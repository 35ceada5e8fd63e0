package io.github.vanban.formats.internal.xml;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.Location;
import io.github.vanban.formats.internal.ModelShape;
import io.github.vanban.formats.internal.ModelShape.Choice;
import io.github.vanban.formats.internal.ModelShape.ListShape;
import io.github.vanban.formats.internal.ModelShape.Property;
import io.github.vanban.formats.internal.ModelShape.RecordShape;
import io.github.vanban.formats.internal.ModelShape.Shape;
import io.github.vanban.formats.internal.json.DocumentKinds;
import io.github.vanban.formats.internal.json.JsonMappers;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.databind.JsonNode;

/**
 * Writes a document as XML (ghi XML): the JSON tree of the document (the one Jackson mapping) laid out by
 * {@link ModelShape}, indented by two spaces, in a deterministic order. Characters that XML 1.0 cannot carry are
 * replaced by U+FFFD and reported; a carriage return is written as {@code &#13;} so that it survives.
 */
final class XmlDocumentWriter {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private final List<Diagnostic> lost = new ArrayList<>();
    private XMLStreamWriter w;

    List<Diagnostic> write(AdministrativeDocument document, Writer out) throws IOException {
        JsonNode tree = JsonMappers.writer().valueToTree(document);
        try {
            w = OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setPrefix(XmlCodec.PREFIX, XmlCodec.NAMESPACE);
            w.writeStartElement(XmlCodec.PREFIX, DocumentKinds.rootElement(document.getClass()), XmlCodec.NAMESPACE);
            w.writeNamespace(XmlCodec.PREFIX, XmlCodec.NAMESPACE);
            w.writeAttribute("type", tree.get("type").asString());
            writeProperties(document.getClass(), tree, "", 1);
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
        return List.copyOf(lost);
    }

    private void writeProperties(Class<?> record, JsonNode node, String pointer, int depth) throws XMLStreamException {
        for (Property p : ModelShape.properties(record)) {
            JsonNode value = node.get(p.name());
            if (value == null || value.isNull()) {
                continue;
            }
            writeValue(p.name(), p.shape(), value, pointer + "/" + p.name(), depth);
        }
    }

    private void writeValue(String name, Shape shape, JsonNode value, String pointer, int depth)
            throws XMLStreamException {
        indent(depth);
        if (shape instanceof RecordShape r) {
            start(name);
            writeProperties(r.type(), value, pointer, depth + 1);
            end(depth);
        } else if (shape instanceof ListShape list) {
            if (value.isEmpty()) {
                w.writeEmptyElement(XmlCodec.PREFIX, name, XmlCodec.NAMESPACE);
                return;
            }
            start(name);
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (list.item() instanceof Choice) {
                    indent(depth + 1);
                    writeMember(item, pointer + "/" + i, depth + 1);
                } else {
                    writeValue(XmlCodec.ENTRY, list.item(), item, pointer + "/" + i, depth + 1);
                }
            }
            end(depth);
        } else if (shape instanceof Choice) {
            start(name);
            indent(depth + 1);
            writeMember(value, pointer, depth + 1);
            end(depth);
        } else {
            String text = value.isString() ? value.stringValue() : value.toString();
            if (text.isEmpty()) {
                w.writeEmptyElement(XmlCodec.PREFIX, name, XmlCodec.NAMESPACE);
                return;
            }
            start(name);
            text(text, pointer);
            w.writeEndElement();
        }
    }

    /** A member of a sealed interface: an element named by its kind. */
    private void writeMember(JsonNode value, String pointer, int depth) throws XMLStreamException {
        String kind = value.get("kind").asString();
        Class<?> type = null;
        for (var kinds : DocumentKinds.families().values()) {
            if (kinds.containsKey(kind)) {
                type = kinds.get(kind);
            }
        }
        start(kind);
        writeProperties(type, value, pointer, depth + 1);
        end(depth);
    }

    private void start(String name) throws XMLStreamException {
        w.writeStartElement(XmlCodec.PREFIX, name, XmlCodec.NAMESPACE);
    }

    private void end(int depth) throws XMLStreamException {
        indent(depth);
        w.writeEndElement();
    }

    private void indent(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void text(String text, String pointer) throws XMLStreamException {
        StringBuilder run = new StringBuilder();
        boolean replaced = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                w.writeCharacters(run.toString());
                run.setLength(0);
                w.writeEntityRef("#13");
            } else if (c == 0x9 || c == 0xA || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF)) {
                run.appendCodePoint(c);
            } else {
                run.append('\uFFFD');
                replaced = true;
            }
        }
        w.writeCharacters(run.toString());
        if (replaced) {
            lost.add(new Diagnostic(Diagnostic.Severity.WARNING, "xml.unrepresentable",
                    "a character XML 1.0 cannot carry (a control character or a lone surrogate) was replaced by"
                            + " U+FFFD", new Location(0, 0, pointer)));
        }
    }
}
