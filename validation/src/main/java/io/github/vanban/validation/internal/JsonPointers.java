package io.github.vanban.validation.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Converts between JSON pointers (RFC 6901) and Jakarta Validation property paths. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /**
     * Adds a path of field names and indexes to a violation builder and adds the violation.
     *
     * @param builder the violation builder
     * @param path field names ({@code String}) and list indexes ({@code Integer})
     */
    static void addPath(ConstraintViolationBuilder builder, List<Object> path) {
        NodeBuilderCustomizableContext custom = null;
        NodeBuilderDefinedContext defined = null;
        Integer pendingIndex = null;
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                pendingIndex = index;
                continue;
            }
            String name = (String) segment;
            NodeBuilderCustomizableContext next = custom != null ? custom.addPropertyNode(name)
                    : defined != null ? defined.addPropertyNode(name) : builder.addPropertyNode(name);
            if (pendingIndex != null) {
                defined = next.inIterable().atIndex(pendingIndex);
                custom = null;
            } else {
                custom = next;
                defined = null;
            }
            pendingIndex = null;
        }
        if (pendingIndex != null) {
            (custom != null ? custom.addBeanNode() : defined != null ? defined.addBeanNode() : builder.addBeanNode())
                    .inIterable().atIndex(pendingIndex).addConstraintViolation();
        } else if (custom != null) {
            custom.addConstraintViolation();
        } else if (defined != null) {
            defined.addConstraintViolation();
        } else {
            builder.addConstraintViolation();
        }
    }

    /**
     * @param path a property path of a violation
     * @return the JSON pointer, e.g. "/closing/recipients/toPlaces/1"
     */
    public static String of(Path path) {
        StringBuilder s = new StringBuilder();
        for (Path.Node node : path) {
            @Nullable Integer index = node.getIndex();
            @Nullable Object key = node.getKey();
            if (node.isInIterable()) {
                if (index != null) {
                    s.append('/').append(index);
                } else if (key != null) {
                    s.append('/').append(escape(key.toString()));
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && node.getKind() != jakarta.validation.ElementKind.BEAN) {
                s.append('/').append(escape(name));
            }
        }
        return s.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
