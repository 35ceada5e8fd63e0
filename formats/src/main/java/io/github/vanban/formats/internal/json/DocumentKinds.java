package io.github.vanban.formats.internal.json;

import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.HouseholdNominee;
import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.core.award.Nominee;
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
 * <p>To add a document record, add one {@code document(...)} line below; to add a record to a sealed interface
 * (a body element, or the members of a new sealed interface of the model), one {@code kind(...)} line. Everything else (mapping, schema, XML) follows from the record's components and
 * {@link io.github.vanban.core.FieldNames}. Types of the 29 without a record of their own are
 * {@link GenericDocument}s, discriminated by their {@link DocumentType} constant name.
 */
public final class DocumentKinds {

    private static final Map<String, Class<? extends AdministrativeDocument>> DOCUMENTS = new LinkedHashMap<>();
    private static final Map<Class<?>, Map<String, Class<?>>> FAMILIES = new LinkedHashMap<>();

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
        // thi đua, khen thưởng: a tờ trình and a quyết định that carry their dossier (core.award)
        document("TO_TRINH_KHEN_THUONG", AwardProposal.class);
        document("QUYET_DINH_KHEN_THUONG", AwardDecision.class);

        // ---- members of other sealed interfaces: discriminator "kind" -> record (one line per record) ----
        kind(BodyElement.class, "paragraph", Paragraph.class);
        kind(BodyElement.class, "item", NumberedItem.class);
        kind(BodyElement.class, "part", Part.class);
        kind(BodyElement.class, "chapter", Chapter.class);
        kind(BodyElement.class, "section", Section.class);
        kind(BodyElement.class, "subsection", Subsection.class);
        kind(BodyElement.class, "article", Article.class);
        kind(BodyElement.class, "clause", Clause.class);
        kind(BodyElement.class, "point", Point.class);
        kind(Nominee.class, "individual", IndividualNominee.class);
        kind(Nominee.class, "collective", CollectiveNominee.class);
        kind(Nominee.class, "household", HouseholdNominee.class);
    }

    private DocumentKinds() {
    }

    private static void document(String id, Class<? extends AdministrativeDocument> type) {
        if (DOCUMENTS.put(id, type) != null) {
            throw new IllegalStateException("document discriminator registered twice: " + id);
        }
    }

    private static <T> void kind(Class<T> family, String kind, Class<? extends T> member) {
        if (!family.isSealed() || !family.isAssignableFrom(member) || !member.isRecord()) {
            throw new IllegalStateException(member.getName() + " is not a record of the sealed " + family.getName());
        }
        if (FAMILIES.computeIfAbsent(family, f -> new LinkedHashMap<>()).put(kind, member) != null) {
            throw new IllegalStateException("kind registered twice in " + family.getSimpleName() + ": " + kind);
        }
    }

    /** @return discriminator to document record, in registration order (without {@link GenericDocument}) */
    public static Map<String, Class<? extends AdministrativeDocument>> documents() {
        return Collections.unmodifiableMap(DOCUMENTS);
    }

    /** @return every sealed interface other than the document, with its kinds (kind to record) in order */
    public static Map<Class<?>, Map<String, Class<?>>> families() {
        return Collections.unmodifiableMap(FAMILIES);
    }

    /**
     * @param family a sealed interface of the model
     * @return its kinds (kind to record), in registration order
     * @throws IllegalStateException when the interface has no registered kinds
     */
    public static Map<String, Class<?>> kinds(Class<?> family) {
        Map<String, Class<?>> kinds = FAMILIES.get(family);
        if (kinds == null) {
            throw new IllegalStateException("the sealed " + family.getName()
                    + " has no kinds in DocumentKinds; add a kind(...) line per record");
        }
        return Collections.unmodifiableMap(kinds);
    }

    /**
     * The name of the root XML element of a document record: its simple name with a lower-case initial
     * ({@code officialDispatch}, {@code genericDocument}).
     *
     * @param record a document record
     * @return the element name
     */
    public static String rootElement(Class<?> record) {
        String n = record.getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
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
     * @param member a record of a registered sealed interface
     * @return its {@code "kind"}
     */
    public static String kindOf(Class<?> member) {
        for (Map<String, Class<?>> kinds : FAMILIES.values()) {
            for (Map.Entry<String, Class<?>> e : kinds.entrySet()) {
                if (e.getValue() == member) {
                    return e.getKey();
                }
            }
        }
        throw new IllegalStateException(member.getName() + " is not registered in DocumentKinds; add a kind(...) line");
    }
}
