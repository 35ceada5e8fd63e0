package io.github.vanban.formats.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.vanban.core.ParseException;
import io.github.vanban.core.component.OrganId;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.GenericDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonTypeIdResolver;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson mapping of the whole Vanban model (ánh xạ JSON của mô hình văn bản), kept out of {@code core}:
 * mix-ins for the discriminators, names from {@link FieldNamesStrategy}, and the text forms of {@link PartialDate}
 * ("2023-02-05", "2023-02", "2023") and {@link OrganId} ("000.00.00.H41"). Register it on a mapper built by
 * {@link JsonMappers}, which adds the settings the mapping relies on (no nulls written, lists always written,
 * no is-getters).
 */
public final class VanbanJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public VanbanJsonModule() {
        super("vanban");
        setMixInAnnotation(AdministrativeDocument.class, DocumentMixIn.class);
        setMixInAnnotation(GenericDocument.class, GenericDocumentMixIn.class);
        for (Class<? extends AdministrativeDocument> c : DocumentKinds.documents().values()) {
            setMixInAnnotation(c, DedicatedDocumentMixIn.class);
        }
        for (Map.Entry<Class<?>, Map<String, Class<?>>> family : DocumentKinds.families().entrySet()) {
            setMixInAnnotation(family.getKey(), KindMixIn.class);
            for (Map.Entry<String, Class<?>> e : family.getValue().entrySet()) {
                registerSubtypes(new NamedType(e.getValue(), e.getKey()));
            }
        }
        addSerializer(PartialDate.class, new TextFormSerializer<>(PartialDate::toIsoString));
        addDeserializer(PartialDate.class, new TextFormDeserializer<>(PartialDate.class, PartialDate::parseIso,
                "a date \"yyyy-MM-dd\", \"yyyy-MM\" or \"yyyy\""));
        addSerializer(OrganId.class, new TextFormSerializer<>(OrganId::value));
        addDeserializer(OrganId.class, new TextFormDeserializer<>(OrganId.class, OrganId::parse,
                "an organ id such as \"000.00.00.H41\" or \"H41.10\""));
        addSerializer(Set.class, new SortedSetSerializer());
    }

    /** Every document: the {@code "type"} discriminator. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.CUSTOM, include = JsonTypeInfo.As.PROPERTY, property = "type",
            visible = true)
    @JsonTypeIdResolver(DocumentTypeIdResolver.class)
    interface DocumentMixIn {
    }

    /** A record of its own derives its type; the discriminator is not one of its properties. */
    @JsonIgnoreProperties({"type"})
    interface DedicatedDocumentMixIn {
    }

    /** A generic document takes its type from the discriminator; it is written once, as the discriminator. */
    interface GenericDocumentMixIn {
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
        DocumentType type();
    }

    /** Every member of a sealed interface (a body element…): the {@code "kind"} discriminator. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    interface KindMixIn {
    }

    /** A set is written as an array in natural order (enum constants in declaration order), never hash order. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class SortedSetSerializer extends ValueSerializer<Set> {
        @Override
        public void serialize(Set value, JsonGenerator gen, SerializationContext ctxt) {
            List<Object> items = new ArrayList<>(value);
            if (items.stream().allMatch(i -> i instanceof Comparable)) {
                items.sort((a, b) -> ((Comparable) a).compareTo(b));
            }
            gen.writeStartArray(value, items.size());
            for (Object item : items) {
                ctxt.writeValue(gen, item);
            }
            gen.writeEndArray();
        }
    }

    /** A value written as its text form. */
    static final class TextFormSerializer<T> extends ValueSerializer<T> {
        private final Function<T, String> format;

        TextFormSerializer(Function<T, String> format) {
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(format.apply(value));
        }
    }

    /** The way back from a text form; a refused text is reported at its field with the form expected. */
    interface TextParser<T> {
        T parse(String text) throws ParseException;
    }

    /** A value read from its text form. */
    static final class TextFormDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final TextParser<T> parser;
        private final String expected;

        TextFormDeserializer(Class<T> type, TextParser<T> parser, String expected) {
            this.type = type;
            this.parser = parser;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getString();
            try {
                return parser.parse(text);
            } catch (ParseException e) {
                return type.cast(ctxt.handleWeirdStringValue(type, text, "expected " + expected + ": "
                        + e.getMessage()));
            }
        }
    }
}
