package io.github.vanban.formats.internal;

import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.GenericDocument;
import io.github.vanban.formats.internal.ModelShape.Choice;
import io.github.vanban.formats.internal.ModelShape.ListShape;
import io.github.vanban.formats.internal.ModelShape.Property;
import io.github.vanban.formats.internal.ModelShape.RecordShape;
import io.github.vanban.formats.internal.ModelShape.Scalar;
import io.github.vanban.formats.internal.ModelShape.Shape;
import io.github.vanban.formats.internal.json.DocumentKinds;
import io.github.vanban.formats.internal.xml.XmlCodec;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the two shipped schemas from {@link ModelShape}: the JSON Schema (2020-12) and the XSD. The shipped
 * resources must equal what this prints ({@code SchemaResourcesTest}); after changing the model, regenerate them
 * with {@code mvn -pl formats -am verify -Dtest=SchemaResourcesTest -Dvanban.regenerate=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class SchemaGenerator {

    /** ISO date. */
    static final String DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    /** Partial date of a draft. */
    static final String PARTIAL_DATE = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";
    /** Organ id, either form. */
    static final String ORGAN_ID = "^([0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Y][0-9]{2}|[A-Y][0-9]{2}(\\.[0-9A-Z]+)*)$";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaGenerator() {
    }

    // ------------------------------------------------------------------------------------------ JSON Schema

    /** @return the JSON Schema of a document, pretty-printed */
    public static String jsonSchema() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "urn:vanban:document:1:json");
        root.put("title", "Vanban administrative document (văn bản hành chính)");
        root.put("description", "A document of Nghị định 30/2020/NĐ-CP as Vanban writes it. \"type\" is the"
                + " discriminator: the DocumentType constant name. Absent means no value; lists are always"
                + " written. Generated from the model; do not edit by hand.");
        ObjectNode defs = NODES.objectNode();
        Map<String, Class<? extends AdministrativeDocument>> documents = documentIds();
        root.put("type", "object");
        root.putArray("required").add("type");
        ArrayNode ids = root.putObject("properties").putObject("type").putArray("enum");
        documents.keySet().forEach(ids::add);
        ArrayNode allOf = root.putArray("allOf");
        Set<Class<?>> pending = new LinkedHashSet<>();
        for (Map.Entry<String, Class<? extends AdministrativeDocument>> e : documents.entrySet()) {
            ObjectNode branch = allOf.addObject();
            ObjectNode condition = branch.putObject("if");
            condition.putArray("required").add("type");
            condition.putObject("properties").putObject("type").put("const", e.getKey());
            branch.putObject("then").put("$ref", "#/$defs/" + e.getValue().getSimpleName());
            pending.add(e.getValue());
        }
        Deque<Class<?>> queue = new ArrayDeque<>(pending);
        Set<Class<?>> done = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            Class<?> c = queue.removeFirst();
            if (!done.add(c)) {
                continue;
            }
            if (c.isSealed()) {
                defs.set(c.getSimpleName(), jsonChoice(c, queue));
            } else {
                defs.set(c.getSimpleName(), jsonRecord(c, queue));
            }
        }
        root.set("$defs", defs);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** @return every "type" value with its record, in DocumentType order for the generic ones */
    static Map<String, Class<? extends AdministrativeDocument>> documentIds() {
        Map<String, Class<? extends AdministrativeDocument>> out = new LinkedHashMap<>(DocumentKinds.documents());
        for (DocumentType t : DocumentType.values()) {
            if (!out.containsKey(t.name()) && DocumentKinds.documentClass(t.name()) == GenericDocument.class) {
                out.put(t.name(), GenericDocument.class);
            }
        }
        return out;
    }

    private static ObjectNode jsonRecord(Class<?> record, Deque<Class<?>> queue) {
        ObjectNode def = NODES.objectNode();
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        if (AdministrativeDocument.class.isAssignableFrom(record)) {
            ArrayNode typeIds = NODES.arrayNode();
            documentIds().forEach((id, c) -> {
                if (c == record) {
                    typeIds.add(id);
                }
            });
            if (typeIds.size() == 1) {
                props.putObject("type").put("const", typeIds.get(0).asString());
            } else {
                props.putObject("type").set("enum", typeIds);
            }
            required.add("type");
        }
        for (Class<?> family : DocumentKinds.families().keySet()) {
            if (family.isAssignableFrom(record)) {
                props.putObject("kind").put("const", DocumentKinds.kindOf(record));
                required.add("kind");
            }
        }
        for (Property p : ModelShape.properties(record)) {
            ObjectNode schema = jsonShape(p.shape(), queue);
            String pattern = pattern(record, p.component());
            if (pattern != null) {
                schema.put("pattern", "^(" + pattern + ")$");
            }
            props.set(p.name(), schema);
            if (p.required() || p.shape() instanceof ListShape) {
                required.add(p.name());
            }
        }
        if (!required.isEmpty()) {
            def.set("required", required);
        }
        def.put("additionalProperties", false);
        return def;
    }

    private static String pattern(Class<?> record, String component) {
        try {
            Pattern p = record.getDeclaredField(component).getAnnotation(Pattern.class);
            if (p == null) {
                for (RecordComponent c : record.getRecordComponents()) {
                    if (c.getName().equals(component)) {
                        p = c.getAccessor().getAnnotation(Pattern.class);
                    }
                }
            }
            return p == null ? null : p.regexp();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static ObjectNode jsonChoice(Class<?> family, Deque<Class<?>> queue) {
        ObjectNode def = NODES.objectNode();
        def.put("type", "object");
        def.putArray("required").add("kind");
        ArrayNode kinds = def.putObject("properties").putObject("kind").putArray("enum");
        ArrayNode allOf = def.putArray("allOf");
        for (Map.Entry<String, Class<?>> e : DocumentKinds.kinds(family).entrySet()) {
            kinds.add(e.getKey());
            ObjectNode branch = allOf.addObject();
            ObjectNode condition = branch.putObject("if");
            condition.putArray("required").add("kind");
            condition.putObject("properties").putObject("kind").put("const", e.getKey());
            branch.putObject("then").put("$ref", "#/$defs/" + e.getValue().getSimpleName());
            queue.addLast(e.getValue());
        }
        return def;
    }

    private static ObjectNode jsonShape(Shape shape, Deque<Class<?>> queue) {
        ObjectNode s = NODES.objectNode();
        if (shape instanceof Scalar scalar) {
            switch (scalar.type()) {
                case STRING -> s.put("type", "string");
                case INTEGER -> s.put("type", "integer");
                case DECIMAL -> s.put("type", "number");
                case BOOLEAN -> s.put("type", "boolean");
                case ENUM -> {
                    ArrayNode values = s.putArray("enum");
                    scalar.enumValues().forEach(values::add);
                }
                case DATE -> s.put("type", "string").put("format", "date").put("pattern", DATE);
                case DATE_TIME -> s.put("type", "string").put("format", "date-time");
                case PARTIAL_DATE -> s.put("type", "string").put("pattern", PARTIAL_DATE);
                case ORGAN_ID -> s.put("type", "string").put("maxLength", 35).put("pattern", ORGAN_ID);
                default -> throw new IllegalStateException(scalar.type().toString());
            }
        } else if (shape instanceof ListShape list) {
            s.put("type", "array");
            s.set("items", jsonShape(list.item(), queue));
        } else if (shape instanceof RecordShape r) {
            s.put("$ref", "#/$defs/" + r.type().getSimpleName());
            queue.addLast(r.type());
        } else if (shape instanceof Choice c) {
            s.put("$ref", "#/$defs/" + c.family().getSimpleName());
            queue.addLast(c.family());
        }
        return s;
    }

    // ------------------------------------------------------------------------------------------ XSD

    /** @return the XSD of a document */
    public static String xsd() {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<!-- Vanban administrative document (văn bản hành chính). Generated from the model; do not edit by"
                + " hand.\n     One root element per document record, its \"type\" attribute the DocumentType"
                + " constant name.\n     Every list is a wrapper element named like the JSON array; its entries"
                + " are vb:entry elements,\n     or, for members of a sealed interface (body elements), elements"
                + " named by their kind. -->\n");
        x.append("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:vb=\"").append(XmlCodec.NAMESPACE)
                .append("\"\n           targetNamespace=\"").append(XmlCodec.NAMESPACE)
                .append("\" elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\n");
        Set<Class<?>> roots = new LinkedHashSet<>(documentIds().values());
        for (Class<?> c : roots) {
            x.append("  <xs:element name=\"").append(DocumentKinds.rootElement(c)).append("\" type=\"vb:")
                    .append(c.getSimpleName()).append("\"/>\n");
        }
        Deque<Class<?>> queue = new ArrayDeque<>(roots);
        Set<Class<?>> done = new LinkedHashSet<>();
        List<String> types = new ArrayList<>();
        while (!queue.isEmpty()) {
            Class<?> c = queue.removeFirst();
            if (done.add(c)) {
                types.add(c.isSealed() ? xsdChoice(c, queue) : xsdRecord(c, queue));
            }
        }
        types.forEach(x::append);
        x.append("</xs:schema>\n");
        return x.toString();
    }

    private static String xsdRecord(Class<?> record, Deque<Class<?>> queue) {
        StringBuilder x = new StringBuilder();
        x.append("  <xs:complexType name=\"").append(record.getSimpleName()).append("\">\n");
        x.append("    <xs:sequence>\n");
        for (Property p : ModelShape.properties(record)) {
            x.append(xsdElement(p.name(), p.shape(), p.required() || p.shape() instanceof ListShape ? 1 : 0, 1,
                    pattern(record, p.component()), "      ", queue));
        }
        x.append("    </xs:sequence>\n");
        if (AdministrativeDocument.class.isAssignableFrom(record)) {
            List<String> ids = new ArrayList<>();
            documentIds().forEach((id, c) -> {
                if (c == record) {
                    ids.add(id);
                }
            });
            if (ids.size() == 1) {
                x.append("    <xs:attribute name=\"type\" type=\"xs:string\" use=\"required\" fixed=\"")
                        .append(ids.get(0)).append("\"/>\n");
            } else {
                x.append("    <xs:attribute name=\"type\" use=\"required\">\n");
                x.append(enumeration(ids, "      "));
                x.append("    </xs:attribute>\n");
            }
        }
        x.append("  </xs:complexType>\n");
        return x.toString();
    }

    private static String xsdChoice(Class<?> family, Deque<Class<?>> queue) {
        StringBuilder x = new StringBuilder();
        x.append("  <xs:group name=\"").append(family.getSimpleName()).append("\">\n    <xs:choice>\n");
        for (Map.Entry<String, Class<?>> e : DocumentKinds.kinds(family).entrySet()) {
            x.append("      <xs:element name=\"").append(e.getKey()).append("\" type=\"vb:")
                    .append(e.getValue().getSimpleName()).append("\"/>\n");
            queue.addLast(e.getValue());
        }
        x.append("    </xs:choice>\n  </xs:group>\n");
        return x.toString();
    }

    private static String xsdElement(String name, Shape shape, int min, int max, String pattern, String indent,
                                     Deque<Class<?>> queue) {
        StringBuilder x = new StringBuilder(indent).append("<xs:element name=\"").append(name).append('"');
        String occurs = (min == 1 ? "" : " minOccurs=\"" + min + "\"")
                + (max == 1 ? "" : " maxOccurs=\"unbounded\"");
        if (shape instanceof RecordShape r) {
            queue.addLast(r.type());
            return x.append(" type=\"vb:").append(r.type().getSimpleName()).append('"').append(occurs)
                    .append("/>\n").toString();
        }
        if (shape instanceof Choice c) {
            queue.addLast(c.family());
            return x.append(occurs).append(">\n").append(indent).append("  <xs:complexType>\n").append(indent)
                    .append("    <xs:group ref=\"vb:").append(c.family().getSimpleName()).append("\"/>\n")
                    .append(indent).append("  </xs:complexType>\n").append(indent).append("</xs:element>\n")
                    .toString();
        }
        if (shape instanceof ListShape list) {
            x.append(occurs).append(">\n").append(indent).append("  <xs:complexType>\n");
            if (list.item() instanceof Choice c) {
                queue.addLast(c.family());
                x.append(indent).append("    <xs:choice minOccurs=\"0\" maxOccurs=\"unbounded\">\n").append(indent)
                        .append("      <xs:group ref=\"vb:").append(c.family().getSimpleName()).append("\"/>\n")
                        .append(indent).append("    </xs:choice>\n");
            } else {
                x.append(indent).append("    <xs:sequence>\n");
                x.append(xsdElement(XmlCodec.ENTRY, list.item(), 0, -1, null, indent + "      ", queue));
                x.append(indent).append("    </xs:sequence>\n");
            }
            return x.append(indent).append("  </xs:complexType>\n").append(indent).append("</xs:element>\n")
                    .toString();
        }
        Scalar s = (Scalar) shape;
        String base;
        String restriction = null;
        switch (s.type()) {
            case STRING -> base = "xs:string";
            case INTEGER -> base = "xs:long";
            case DECIMAL -> base = "xs:decimal";
            case BOOLEAN -> base = "xs:boolean";
            case DATE_TIME -> base = "xs:dateTime";
            case DATE -> {
                base = "xs:string";
                restriction = DATE;
            }
            case PARTIAL_DATE -> {
                base = "xs:string";
                restriction = PARTIAL_DATE;
            }
            case ORGAN_ID -> {
                base = "xs:string";
                restriction = ORGAN_ID;
            }
            case ENUM -> base = null;
            default -> throw new IllegalStateException(s.type().toString());
        }
        if (pattern != null) {
            restriction = pattern;
        }
        if (base != null && restriction == null) {
            return x.append(" type=\"").append(base).append('"').append(occurs).append("/>\n").toString();
        }
        x.append(occurs).append(">\n").append(indent).append("  <xs:simpleType>\n");
        if (base == null) {
            x.append(indent).append("    <xs:restriction base=\"xs:string\">\n");
            for (String v : s.enumValues()) {
                x.append(indent).append("      <xs:enumeration value=\"").append(v).append("\"/>\n");
            }
            x.append(indent).append("    </xs:restriction>\n");
        } else {
            String xsdPattern = restriction.replaceAll("^\\^", "").replaceAll("\\$$", "");
            x.append(indent).append("    <xs:restriction base=\"").append(base).append("\">\n").append(indent)
                    .append("      <xs:pattern value=\"").append(xsdPattern).append("\"/>\n").append(indent)
                    .append("    </xs:restriction>\n");
        }
        return x.append(indent).append("  </xs:simpleType>\n").append(indent).append("</xs:element>\n").toString();
    }

    private static String enumeration(List<String> values, String indent) {
        StringBuilder x = new StringBuilder();
        x.append(indent).append("<xs:simpleType>\n").append(indent).append("  <xs:restriction base=\"xs:string\">\n");
        for (String v : values) {
            x.append(indent).append("    <xs:enumeration value=\"").append(v).append("\"/>\n");
        }
        x.append(indent).append("  </xs:restriction>\n").append(indent).append("</xs:simpleType>\n");
        return x.toString();
    }
}
