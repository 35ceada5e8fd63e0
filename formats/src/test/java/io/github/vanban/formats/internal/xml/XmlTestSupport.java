package io.github.vanban.formats.internal.xml;

import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** XSD validation and a canonical form for comparing XML structurally, for the XML tests. */
public final class XmlTestSupport {

    private static final Schema XSD = load();

    private XmlTestSupport() {
    }

    private static Schema load() {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(new StringReader(DocumentFormats.schema(Format.XML).orElseThrow())));
        } catch (Exception e) {
            throw new IllegalStateException("the shipped XSD does not load", e);
        }
    }

    /**
     * @param xml a document
     * @return the XSD errors, each with its line and column; empty when valid
     */
    public static List<String> validate(String xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator v = XSD.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }
            });
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            errors.add(e.toString());
        }
        return errors;
    }

    /**
     * A canonical form: namespace-qualified names, sorted attributes without namespace declarations, element
     * content without the whitespace-only text that indents it, text otherwise exact.
     *
     * @param xml a document
     * @return its canonical form
     */
    public static String canonical(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            StringBuilder out = new StringBuilder();
            write(root, out, 0);
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("not well-formed XML", e);
        }
    }

    private static void write(Element e, StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName());
        NamedNodeMap attributes = e.getAttributes();
        TreeMap<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                sorted.put("{" + a.getNamespaceURI() + "}" + a.getLocalName(), a.getNodeValue());
            }
        }
        sorted.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        boolean elements = false;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            elements |= c.getNodeType() == Node.ELEMENT_NODE;
        }
        out.append('\n');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                write((Element) c, out, depth + 1);
            } else if ((c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !(elements && c.getNodeValue().isBlank())) {
                out.append("  ".repeat(depth + 1)).append('"').append(c.getNodeValue().replace("\n", "\\n")
                        .replace("\r", "\\r")).append("\"\n");
            }
        }
    }
}
