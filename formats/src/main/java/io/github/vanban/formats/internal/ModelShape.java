package io.github.vanban.formats.internal;

import io.github.vanban.core.FieldNames;
import io.github.vanban.core.component.OrganId;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.GenericDocument;
import io.github.vanban.formats.internal.json.DocumentKinds;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shape of the model as the JSON and XML forms see it (cấu trúc dữ liệu của mô hình): for each record, its
 * properties in component order with their external names ({@link FieldNames}), whether the model requires
 * them, and what they hold — a scalar, a record, a list, or a member of a sealed interface chosen by its
 * {@code "kind"}. The XML reader and writer walk it, and the schemas are generated from it, so a new record in
 * the model needs no change here.
 */
public final class ModelShape {

    private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

    private ModelShape() {
    }

    /** What a property holds. */
    public sealed interface Shape permits Scalar, RecordShape, ListShape, Choice {
    }

    /** The text forms of scalars. */
    public enum ScalarType {
        /** Any text. */
        STRING,
        /** A whole number. */
        INTEGER,
        /** A decimal number, scale kept ({@code 1.50}). */
        DECIMAL,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** One of the constant names of an enum. */
        ENUM,
        /** An ISO-8601 date, {@code 2023-02-05}. */
        DATE,
        /** An ISO-8601 date and time with offset, {@code 2023-02-05T09:30:00+07:00}. */
        DATE_TIME,
        /** A date that may lack day or month: {@code 2023-02-05}, {@code 2023-02}, {@code 2023}. */
        PARTIAL_DATE,
        /** A mã định danh: {@code 000.00.00.H41} or {@code H41.10}. */
        ORGAN_ID
    }

    /**
     * A scalar.
     *
     * @param type its text form
     * @param enumValues the constant names for {@link ScalarType#ENUM}, else empty
     */
    public record Scalar(ScalarType type, List<String> enumValues) implements Shape {
    }

    /** @param type a record of the model */
    public record RecordShape(Class<?> type) implements Shape {
    }

    /**
     * A list, or a set (written as a list in its natural order, so that output is deterministic).
     *
     * @param item the shape of each element
     */
    public record ListShape(Shape item) implements Shape {
    }

    /** @param family a sealed interface whose members are told apart by their {@code "kind"} */
    public record Choice(Class<?> family) implements Shape {
    }

    /**
     * A property of a record.
     *
     * @param name the external (JSON and XML) name
     * @param component the Java name of the record component
     * @param shape what it holds
     * @param required whether the model requires a value
     */
    public record Property(String name, String component, Shape shape, boolean required) {
    }

    /**
     * @param record a record of the model
     * @return its properties in component order; a generic document's type is the discriminator, not a property
     */
    public static List<Property> properties(Class<?> record) {
        return PROPERTIES.computeIfAbsent(record, ModelShape::collect);
    }

    private static List<Property> collect(Class<?> record) {
        if (!record.isRecord()) {
            throw new IllegalStateException(record.getName() + " is not a record");
        }
        List<Property> out = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            if (record == GenericDocument.class && c.getName().equals("type")) {
                continue;
            }
            out.add(new Property(FieldNames.external(record, c.getName()), c.getName(), shapeOf(c.getGenericType()),
                    RequiredFields.required(record, c)));
        }
        return List.copyOf(out);
    }

    /**
     * @param type a Java type used in the model
     * @return its shape
     * @throws IllegalStateException for a type the formats do not know
     */
    public static Shape shapeOf(Type type) {
        if (type instanceof ParameterizedType p && (p.getRawType() == List.class || p.getRawType() == Set.class)) {
            return new ListShape(shapeOf(p.getActualTypeArguments()[0]));
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException("unsupported type in the model: " + type);
        }
        if (c == String.class) {
            return new Scalar(ScalarType.STRING, List.of());
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return new Scalar(ScalarType.INTEGER, List.of());
        }
        if (c == BigDecimal.class) {
            return new Scalar(ScalarType.DECIMAL, List.of());
        }
        if (c == boolean.class || c == Boolean.class) {
            return new Scalar(ScalarType.BOOLEAN, List.of());
        }
        if (c.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return new Scalar(ScalarType.ENUM, List.copyOf(names));
        }
        if (c == LocalDate.class) {
            return new Scalar(ScalarType.DATE, List.of());
        }
        if (c == OffsetDateTime.class) {
            return new Scalar(ScalarType.DATE_TIME, List.of());
        }
        if (c == PartialDate.class) {
            return new Scalar(ScalarType.PARTIAL_DATE, List.of());
        }
        if (c == OrganId.class) {
            return new Scalar(ScalarType.ORGAN_ID, List.of());
        }
        if (c.isRecord()) {
            return new RecordShape(c);
        }
        if (c.isSealed() && c != AdministrativeDocument.class) {
            DocumentKinds.kinds(c);
            return new Choice(c);
        }
        throw new IllegalStateException("unsupported type in the model: " + c.getName()
                + " (teach ModelShape and VanbanJsonModule its text form)");
    }
}
