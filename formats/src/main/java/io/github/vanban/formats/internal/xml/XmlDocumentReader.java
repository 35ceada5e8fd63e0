package io.github.vanban.formats.internal.xml;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.Location;
import io.github.vanban.formats.ReadOptions;
import io.github.vanban.formats.ReadResult;
import io.github.vanban.formats.internal.ModelShape;
import io.github.vanban.formats.internal.ModelShape.Choice;
import io.github.vanban.formats.internal.ModelShape.ListShape;
import io.github.vanban.formats.internal.ModelShape.Property;
import io.github.vanban.formats.internal.ModelShape.RecordShape;
import io.github.vanban.formats.internal.ModelShape.Scalar;
import io.github.vanban.formats.internal.ModelShape.Shape;
import io.github.vanban.formats.internal.RequiredFields;
import io.github.vanban.formats.internal.json.DocumentKinds;
import io.github.vanban.formats.internal.json.JsonCodec;
import io.github.vanban.formats.internal.json.JsonMappers;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a document from XML (đọc XML) with a hardened StAX parser: no DTD, so no external entity and no entity
 * expansion; limits on depth and text length; every element checked against {@link ModelShape} (unknown elements
 * and attributes are errors, or warnings in lenient mode). The elements become the document's JSON tree, which
 * the one Jackson mapping turns into the model; every diagnostic carries line, column and XPath.
 */
final class XmlDocumentReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ReadOptions options;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** JSON pointer of each element read to its location (line, column, XPath). */
    private final Map<String, Location> locations = new HashMap<>();
    private XMLStreamReader r;
    private int depth;

    XmlDocumentReader(ReadOptions options) {
        this.options = options;
    }

    /** Stops reading with an error. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        Failure(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLReporter((message, type, info, location) -> {
            // errors reach the caller as exceptions, with their location; nothing is printed
        });
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return f;
    }

    ReadResult read(Reader chars) {
        try {
            r = factory().createXMLStreamReader(chars);
            ObjectNode tree = readRoot();
            return bind(tree);
        } catch (Failure e) {
            return failed(e.diagnostic);
        } catch (XMLStreamException e) {
            javax.xml.stream.Location at = e.getLocation();
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            int nested = message.indexOf("Message: ");
            return failed(new Diagnostic(Diagnostic.Severity.ERROR, "xml.syntax", "malformed XML: "
                    + (nested >= 0 ? message.substring(nested + 9) : message),
                    at == null ? Location.UNKNOWN : new Location(Math.max(at.getLineNumber(), 0),
                            Math.max(at.getColumnNumber(), 0), null)));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(new Diagnostic(Diagnostic.Severity.ERROR, "xml.invalid", "cannot read the document: " + e,
                    Location.UNKNOWN));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing was written; closing a reader of memory does not fail in practice
                }
            }
        }
    }

    private ReadResult failed(Diagnostic error) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(error);
        return new ReadResult(null, Format.XML, all, Map.of(), Map.of());
    }

    private ReadResult bind(ObjectNode tree) {
        AdministrativeDocument document;
        try {
            document = JsonMappers.reader(options).treeToValue(tree, AdministrativeDocument.class);
        } catch (JacksonException e) {
            Diagnostic d = JsonCodec.diagnostic(e, tree);
            String pointer = d.location().path() == null ? "" : d.location().path();
            return failed(new Diagnostic(d.severity(), d.code().replace("json.", "xml."), d.message(),
                    locate(pointer)));
        }
        List<String> missing = RequiredFields.missing(document);
        if (!missing.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(diagnostics);
            for (String pointer : missing) {
                String name = pointer.substring(pointer.lastIndexOf('/') + 1);
                all.add(new Diagnostic(Diagnostic.Severity.ERROR, "xml.missing-field", "missing required element \""
                        + XmlCodec.PREFIX + ":" + name + "\"", locate(pointer)));
            }
            return new ReadResult(null, Format.XML, all, Map.of(), Map.of());
        }
        Map<String, Integer> lines = new HashMap<>();
        locations.forEach((pointer, at) -> lines.put(pointer, at.line()));
        return new ReadResult(document, Format.XML, diagnostics, Map.of(), lines);
    }

    /**
     * @return the location of the element of a JSON pointer; for an element that is not there (a missing field),
     *     the line and column of its nearest enclosing element and the XPath it would have
     */
    private Location locate(String pointer) {
        String p = pointer;
        while (true) {
            Location at = locations.get(p);
            if (at != null) {
                StringBuilder xpath = new StringBuilder(at.path() == null ? "" : at.path());
                for (String segment : pointer.substring(p.length()).split("/")) {
                    if (!segment.isEmpty() && !segment.chars().allMatch(Character::isDigit)) {
                        xpath.append('/').append(XmlCodec.PREFIX).append(':').append(segment);
                    }
                }
                return new Location(at.line(), at.column(), xpath.toString());
            }
            if (p.isEmpty()) {
                return Location.UNKNOWN;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    // ------------------------------------------------------------------------------------------ structure

    private ObjectNode readRoot() throws XMLStreamException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw fail("xml.doctype", "DOCTYPE declarations are not allowed: Vanban XML never uses a DTD, "
                        + "external entities or entity expansion", "");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fail("xml.entity", "entity references are not allowed: &" + r.getLocalName() + ";", "");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                break;
            }
        }
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw fail("xml.empty", "the input has no root element", "");
        }
        checkNamespace("");
        String rootName = r.getLocalName();
        String xpath = "/" + XmlCodec.PREFIX + ":" + rootName;
        Class<?> record = null;
        for (Class<?> c : DocumentKinds.documents().values()) {
            if (DocumentKinds.rootElement(c).equals(rootName)) {
                record = c;
            }
        }
        if (record == null && DocumentKinds.rootElement(io.github.vanban.core.document.GenericDocument.class)
                .equals(rootName)) {
            record = io.github.vanban.core.document.GenericDocument.class;
        }
        if (record == null) {
            throw fail("xml.unknown-root", "unknown root element \"" + rootName + "\"; expected one of the"
                    + " document elements (officialDispatch, decision, …, genericDocument)", xpath);
        }
        String type = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            if ((ns == null || ns.isEmpty()) && r.getAttributeLocalName(i).equals("type")) {
                type = r.getAttributeValue(i);
            } else {
                unknown("xml.unknown-attribute", "unknown attribute \"" + r.getAttributeLocalName(i) + "\"",
                        xpath + "/@" + r.getAttributeLocalName(i));
            }
        }
        if (type == null) {
            throw fail("xml.missing-type", "the root element has no \"type\" attribute", xpath);
        }
        if (DocumentKinds.documentClass(type) != record) {
            throw fail("xml.unknown-type", "type \"" + type + "\" does not belong to a " + rootName
                    + " element", xpath + "/@type");
        }
        ObjectNode node = NODES.objectNode();
        node.put("type", type);
        locations.put("", here(xpath));
        depth = 1;
        readProperties(record, node, xpath, "");
        return node;
    }

    /** Reads the children of the current element into the properties of a record. */
    private void readProperties(Class<?> record, ObjectNode node, String xpath, String pointer)
            throws XMLStreamException {
        if (r.getEventType() == XMLStreamConstants.START_ELEMENT && depth > 1) {
            noAttributes(xpath);
        }
        Map<String, Property> byName = new HashMap<>();
        for (Property p : ModelShape.properties(record)) {
            byName.put(p.name(), p);
        }
        Set<String> seen = new HashSet<>();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.CHARACTERS) {
                if (!r.isWhiteSpace() && !r.getText().isBlank()) {
                    throw fail("xml.unexpected-text", "unexpected text \"" + shorten(r.getText()) + "\"", xpath);
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            String childPath = xpath + "/" + XmlCodec.PREFIX + ":" + name;
            checkNamespace(childPath);
            Property p = byName.get(name);
            if (p == null) {
                unknown("xml.unknown-field", "unknown element \"" + name + "\" in " + xpath, childPath);
                skip();
                continue;
            }
            if (!seen.add(name)) {
                throw fail("xml.repeated-element", "element \"" + name + "\" appears twice", childPath);
            }
            String childPointer = pointer + "/" + name;
            locations.put(childPointer, here(childPath));
            node.set(name, readValue(p.shape(), childPath, childPointer));
        }
    }

    /** Reads the current element (just started) as a value of a shape; returns after its end. */
    private JsonNode readValue(Shape shape, String xpath, String pointer) throws XMLStreamException {
        if (shape instanceof RecordShape rec) {
            ObjectNode node = NODES.objectNode();
            readProperties(rec.type(), node, xpath, pointer);
            return node;
        }
        if (shape instanceof ListShape list) {
            return readList(list, xpath, pointer);
        }
        if (shape instanceof Choice choice) {
            noAttributes(xpath);
            JsonNode member = null;
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if (member == null) {
                        throw fail("xml.missing-field", "expected one of " + DocumentKinds.kinds(choice.family())
                                .keySet() + " inside", xpath);
                    }
                    return member;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (member != null) {
                        throw fail("xml.repeated-element", "only one element is allowed here", xpath);
                    }
                    member = readMember(choice, xpath, pointer, 0);
                } else {
                    textMustBeBlank(event, xpath);
                }
            }
        }
        return readScalar((Scalar) shape, xpath);
    }

    private JsonNode readList(ListShape list, String xpath, String pointer) throws XMLStreamException {
        noAttributes(xpath);
        ArrayNode array = NODES.arrayNode();
        Map<String, Integer> positions = new HashMap<>();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return array;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                textMustBeBlank(event, xpath);
                continue;
            }
            String name = r.getLocalName();
            int position = positions.merge(name, 1, Integer::sum);
            String itemPath = xpath + "/" + XmlCodec.PREFIX + ":" + name + "[" + position + "]";
            checkNamespace(itemPath);
            String itemPointer = pointer + "/" + array.size();
            if (list.item() instanceof Choice choice) {
                if (!DocumentKinds.kinds(choice.family()).containsKey(name)) {
                    unknown("xml.unknown-field", "unknown element \"" + name + "\"; expected one of "
                            + DocumentKinds.kinds(choice.family()).keySet(), itemPath);
                    positions.merge(name, -1, Integer::sum);
                    skip();
                    continue;
                }
                locations.put(itemPointer, here(itemPath));
                array.add(readMember(choice, xpath, itemPointer, position));
            } else {
                if (!name.equals(XmlCodec.ENTRY)) {
                    unknown("xml.unknown-field", "unknown element \"" + name + "\"; a list holds "
                            + XmlCodec.PREFIX + ":" + XmlCodec.ENTRY + " elements", itemPath);
                    positions.merge(name, -1, Integer::sum);
                    skip();
                    continue;
                }
                locations.put(itemPointer, here(itemPath));
                array.add(readValue(list.item(), itemPath, itemPointer));
            }
        }
    }

    /** Reads the current element, named by its kind, as a member of a sealed interface. */
    private JsonNode readMember(Choice choice, String parentPath, String pointer, int position)
            throws XMLStreamException {
        String kind = r.getLocalName();
        String xpath = parentPath + "/" + XmlCodec.PREFIX + ":" + kind + (position > 0 ? "[" + position + "]" : "");
        checkNamespace(xpath);
        Class<?> type = DocumentKinds.kinds(choice.family()).get(kind);
        if (type == null) {
            throw fail("xml.unknown-type", "unknown element \"" + kind + "\"; expected one of "
                    + DocumentKinds.kinds(choice.family()).keySet(), xpath);
        }
        locations.put(pointer, here(xpath));
        ObjectNode node = NODES.objectNode();
        node.put("kind", kind);
        readProperties(type, node, xpath, pointer);
        return node;
    }

    private JsonNode readScalar(Scalar scalar, String xpath) throws XMLStreamException {
        noAttributes(xpath);
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw fail("xml.unexpected-element", "unexpected element \"" + r.getLocalName()
                        + "\" inside a text value", xpath + "/" + XmlCodec.PREFIX + ":" + r.getLocalName());
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
                if (text.length() > options.maxStringLength()) {
                    throw fail("xml.limit.string", "a text is longer than the limit of " + options.maxStringLength()
                            + " characters", xpath);
                }
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fail("xml.entity", "entity references are not allowed", xpath);
            }
        }
        String s = text.toString();
        switch (scalar.type()) {
            case INTEGER:
                try {
                    return NODES.numberNode(Long.parseLong(s.strip()));
                } catch (NumberFormatException e) {
                    throw fail("xml.invalid-value", "expected a whole number, found \"" + shorten(s) + "\"", xpath);
                }
            case DECIMAL:
                try {
                    return NODES.numberNode(new java.math.BigDecimal(s.strip()));
                } catch (NumberFormatException e) {
                    throw fail("xml.invalid-value", "expected a decimal number, found \"" + shorten(s) + "\"", xpath);
                }
            case BOOLEAN:
                String b = s.strip();
                if (b.equals("true") || b.equals("1")) {
                    return NODES.booleanNode(true);
                }
                if (b.equals("false") || b.equals("0")) {
                    return NODES.booleanNode(false);
                }
                throw fail("xml.invalid-value", "expected true or false, found \"" + shorten(s) + "\"", xpath);
            default:
                return NODES.stringNode(s);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The next event, counting depth and refusing what must never appear. */
    private int next() throws XMLStreamException {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth > options.maxDepth()) {
                throw fail("xml.limit.depth", "elements are nested deeper than the limit of " + options.maxDepth(),
                        null);
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        } else if (event == XMLStreamConstants.DTD) {
            throw fail("xml.doctype", "DOCTYPE declarations are not allowed", null);
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw fail("xml.entity", "entity references are not allowed: &" + r.getLocalName() + ";", null);
        }
        return event;
    }

    /** Skips the current element and everything in it, still holding the limits. */
    private void skip() throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && r.getTextLength() > options.maxStringLength()) {
                throw fail("xml.limit.string", "a text is longer than the limit of " + options.maxStringLength()
                        + " characters", null);
            }
        }
    }

    private void textMustBeBlank(int event, String xpath) {
        if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                && !r.getText().isBlank()) {
            throw fail("xml.unexpected-text", "unexpected text \"" + shorten(r.getText()) + "\"", xpath);
        }
    }

    private void checkNamespace(String xpath) {
        String ns = r.getNamespaceURI();
        if (!XmlCodec.NAMESPACE.equals(ns)) {
            throw fail("xml.namespace", "element \"" + r.getLocalName() + "\" is in the namespace \""
                    + (ns == null ? "" : ns) + "\", not in " + XmlCodec.NAMESPACE, xpath);
        }
    }

    private void noAttributes(String xpath) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            unknown("xml.unknown-attribute", "unknown attribute \"" + r.getAttributeLocalName(i) + "\"",
                    xpath + "/@" + r.getAttributeLocalName(i));
        }
    }

    /** An unknown element or attribute: an error, or a warning in lenient mode. */
    private void unknown(String code, String message, String xpath) {
        if (!options.lenient()) {
            throw fail(code, message, xpath);
        }
        javax.xml.stream.Location at = r.getLocation();
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, code, message + " skipped",
                new Location(Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0), xpath)));
    }

    private Location here(String xpath) {
        javax.xml.stream.Location at = r.getLocation();
        return new Location(Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0), xpath);
    }

    private Failure fail(String code, String message, @Nullable String xpath) {
        javax.xml.stream.Location at = r == null ? null : r.getLocation();
        return new Failure(new Diagnostic(Diagnostic.Severity.ERROR, code, message, at == null ? Location.UNKNOWN
                : new Location(Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0), xpath)));
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
