package io.github.vanban.formats.internal;

import io.github.vanban.core.FieldNames;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the required parts (thành phần bắt buộc) that a read left empty: every record component marked
 * {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} in the model must hold a value, so that a document
 * read from JSON or XML never has a {@code null} where the model promises one. Works on any record, so new
 * model types are covered without changes here.
 */
public final class RequiredFields {

    private RequiredFields() {
    }

    /**
     * @param value a record of the model
     * @return the JSON pointers of the required components that are {@code null}, in component order
     */
    public static List<String> missing(Object value) {
        List<String> out = new ArrayList<>();
        walk(value, "", out);
        return out;
    }

    private static void walk(Object value, String pointer, List<String> out) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer + "/" + i, out);
            }
            return;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord() || !type.getName().startsWith("io.github.vanban.")) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String child = pointer + "/" + FieldNames.external(type, c.getName());
            if (v == null) {
                if (required(type, c)) {
                    out.add(child);
                }
            } else {
                walk(v, child, out);
            }
        }
    }

    /**
     * @param owner the record
     * @param c one of its components
     * @return whether the model marks the component as required
     */
    public static boolean required(Class<?> owner, RecordComponent c) {
        if (c.getType().isPrimitive()) {
            return true;
        }
        List<AnnotatedElement> places = new ArrayList<>(List.of(c, c.getAccessor(), c.getAnnotatedType()));
        try {
            places.add(owner.getDeclaredField(c.getName()));
        } catch (NoSuchFieldException e) {
            // a record always has the field
        }
        for (AnnotatedElement e : places) {
            if (has(e, NotNull.class) || has(e, NotBlank.class) || has(e, NotEmpty.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(AnnotatedElement e, Class<? extends Annotation> a) {
        return e.isAnnotationPresent(a);
    }
}
