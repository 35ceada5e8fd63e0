package io.github.vanban.formats.internal.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.vanban.core.document.AdministrativeDocument;
import tools.jackson.databind.DatabindContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * Resolves the {@code "type"} discriminator of a document (loại văn bản) through {@link DocumentKinds}: the
 * {@link io.github.vanban.core.document.DocumentType} constant name, e.g. {@code "CONG_VAN"}.
 */
public final class DocumentTypeIdResolver extends TypeIdResolverBase {

    private static final long serialVersionUID = 1L;

    @Override
    public String idFromValue(DatabindContext ctxt, Object value) {
        return DocumentKinds.documentId((AdministrativeDocument) value);
    }

    @Override
    public String idFromValueAndType(DatabindContext ctxt, Object value, Class<?> suggestedType) {
        return idFromValue(ctxt, value);
    }

    @Override
    public JavaType typeFromId(DatabindContext ctxt, String id) {
        Class<? extends AdministrativeDocument> c = DocumentKinds.documentClass(id);
        return c == null ? null : ctxt.constructType(c);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return "a DocumentType constant name such as CONG_VAN or QUYET_DINH";
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
