package io.github.vanban.formats.internal.json;

import io.github.vanban.core.FieldNames;
import tools.jackson.databind.PropertyNamingStrategy;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.AnnotatedParameter;

/**
 * Takes every JSON and XML name (tên trường) from {@link FieldNames}, the one table of external names: the record
 * component's name unless the table renames it ({@code DocumentNumber.number} is {@code codeNumber}).
 */
public final class FieldNamesStrategy extends PropertyNamingStrategy {

    private static final long serialVersionUID = 1L;

    @Override
    public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
        return FieldNames.external(field.getDeclaringClass(), defaultName);
    }

    @Override
    public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
        return FieldNames.external(method.getDeclaringClass(), defaultName);
    }

    @Override
    public String nameForSetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
        return FieldNames.external(method.getDeclaringClass(), defaultName);
    }

    @Override
    public String nameForConstructorParameter(MapperConfig<?> config, AnnotatedParameter param, String defaultName) {
        return FieldNames.external(param.getDeclaringClass(), defaultName);
    }
}
