package io.github.vanban.validation.internal;

import io.github.vanban.core.FieldNames;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names the property nodes of Hibernate Validator's paths with the model's JSON field names
 * ({@link FieldNames}), so that a path such as {@code closing.signature} reads {@code closing.signer}, as in JSON.
 */
public final class FieldNameProvider implements PropertyNodeNameProvider {

    @Override
    public String getName(Property property) {
        if (property instanceof JavaBeanProperty bean) {
            return FieldNames.external(bean.getDeclaringClass(), bean.getName());
        }
        return property.getName();
    }
}
