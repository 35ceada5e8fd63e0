package io.github.vanban.formats.internal.json;

import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.Chapter;
import io.github.vanban.core.body.Clause;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.body.Part;
import io.github.vanban.core.body.Point;
import io.github.vanban.core.body.Section;
import io.github.vanban.core.body.Subsection;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.GenericDocument;
import io.github.vanban.core.document.Invitation;
import io.github.vanban.core.document.Minutes;
import io.github.vanban.core.document.Notice;
import io.github.vanban.core.document.OfficialDispatch;
import io.github.vanban.core.document.Plan;
import io.github.vanban.core.document.Report;
import io.github.vanban.core.document.Submission;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The discriminators of the JSON and XML forms, in one place: the {@code "type"} of every document record and
 * the {@code "kind"} of every body element (loại văn bản, thành phần nội dung).
 *
 * <p>To add a document record, add one {@code document(...)} line below; to add a body element, one
 * {@code element(...)} line. Everything else (mapping, schema, XML) follows from the record's components and
 * {@link io.github.vanban.core.FieldNames}. Types of the 29 without a record of their own are
 * {@link GenericDocument}s, discriminated by their {@link DocumentType} constant name.
 */
public final class DocumentKinds {

    private static final Map<String, Class<? extends AdministrativeDocument>> DOCUMENTS = new LinkedHashMap<>();
    private static final Map<String, Class<? extends BodyElement>> ELEMENTS = new LinkedHashMap<>();

    static {
        // ---- document records: discriminator "type" -> record (one line per record) ----
        document(DocumentType.CONG_VAN.name(), OfficialDispatch.class);
        document(DocumentType.QUYET_DINH.name(), Decision.class);
        document(DocumentType.TO_TRINH.name(), Submission.class);
        document(DocumentType.KE_HOACH.name(), Plan.class);
        document(DocumentType.BAO_CAO.name(), Report.class);
        document(DocumentType.THONG_BAO.name(), Notice.class);
        document(DocumentType.GIAY_MOI.name(), Invitation.class);
        document(DocumentType.BIEN_BAN.name(), Minutes.class);

        // ---- body elements: discriminator "kind" -> record ----
        element("paragraph", Paragraph.class);
        element("item", NumberedItem.class);
        element("part", Part.class);
        element("chapter", Chapter.class);
        element("section", Section.class);
        element("subsection", Subsection.class);
        element("article", Article.class);
        element("clause", Clause.class);
        element("point", Point.class);
    }

    private DocumentKinds() {
    }

    private static void document(String id, Class<? extends AdministrativeDocument> type) {
        if (DOCUMENTS.put(id, type) != null) {
            throw new IllegalStateException("document discriminator registered twice: " + id);
        }
    }

    private static void element(String kind, Class<? extends BodyElement> type) {
        if (ELEMENTS.put(kind, type) != null) {
            throw new IllegalStateException("body element kind registered twice: " + kind);
        }
    }

    /** @return discriminator to document record, in registration order (without {@link GenericDocument}) */
    public static Map<String, Class<? extends AdministrativeDocument>> documents() {
        return Collections.unmodifiableMap(DOCUMENTS);
    }

    /** @return kind to body element record, in registration order */
    public static Map<String, Class<? extends BodyElement>> elements() {
        return Collections.unmodifiableMap(ELEMENTS);
    }

    /**
     * @param id a {@code "type"} value
     * @return the record that carries it, {@link GenericDocument} for the other {@link DocumentType} names, or
     *     {@code null} when the id is unknown
     */
    public static @Nullable Class<? extends AdministrativeDocument> documentClass(String id) {
        Class<? extends AdministrativeDocument> c = DOCUMENTS.get(id);
        if (c != null) {
            return c;
        }
        for (DocumentType t : DocumentType.values()) {
            if (t.name().equals(id) && !GenericDocument.DEDICATED_TYPES.contains(t)) {
                return GenericDocument.class;
            }
        }
        return null;
    }

    /**
     * @param document a document
     * @return its {@code "type"} value
     */
    public static String documentId(AdministrativeDocument document) {
        if (document instanceof GenericDocument g) {
            return g.type().name();
        }
        for (Map.Entry<String, Class<? extends AdministrativeDocument>> e : DOCUMENTS.entrySet()) {
            if (e.getValue() == document.getClass()) {
                return e.getKey();
            }
        }
        throw new IllegalStateException(document.getClass().getName()
                + " is not registered in DocumentKinds; add a document(...) line");
    }

    /**
     * @param elementType a body element record
     * @return its {@code "kind"}
     */
    public static String kindOf(Class<?> elementType) {
        for (Map.Entry<String, Class<? extends BodyElement>> e : ELEMENTS.entrySet()) {
            if (e.getValue() == elementType) {
                return e.getKey();
            }
        }
        throw new IllegalStateException(elementType.getName()
                + " is not registered in DocumentKinds; add an element(...) line");
    }
}
