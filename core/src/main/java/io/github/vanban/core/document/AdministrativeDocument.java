package io.github.vanban.core.document;

import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Organization;
import java.util.List;
import java.util.Optional;

/**
 * Văn bản hành chính — an administrative document of one of the 29 types of Điều 7, Nghị định 30/2020/NĐ-CP,
 * made of the components of Điều 8: a {@link Header} (ô 2–5, 10, 11), a {@link Body} (ô 6) and a
 * {@link Closing} (ô 7–9, 12, 13).
 *
 * <p>Types with their own structure have their own record; every other type is a {@link GenericDocument}.
 * Use {@link #of(DocumentType, Header, Body, Closing)} to build the right record for any type. Two documents of
 * the emulation-and-commendation procedure carry a dossier besides the Điều 8 components: the
 * {@link AwardProposal} (a tờ trình) and the {@link AwardDecision} (a quyết định); {@code of} never returns them,
 * they are built with their own builders.
 */
public sealed interface AdministrativeDocument
        permits OfficialDispatch, Decision, Submission, Plan, Report, Notice, Invitation, Minutes, GenericDocument,
                AwardProposal, AwardDecision {

    /** @return the document type (loại văn bản) */
    DocumentType type();

    /** @return the heading part */
    Header header();

    /** @return the content */
    Body body();

    /** @return the closing part */
    Closing closing();

    /** @return the issuer, when known */
    default Optional<Organization> issuer() {
        return Optional.ofNullable(header().issuer());
    }

    /** @return the số/ký hiệu, when present */
    default Optional<DocumentNumber> number() {
        return Optional.ofNullable(header().number());
    }

    /** @return every assignment (giao nhiệm vụ) given in the content, in document order */
    default List<Assignment> assignments() {
        return body().assignments();
    }

    /**
     * Builds the record that represents a type: {@link OfficialDispatch} for công văn, {@link Decision} for
     * quyết định, and so on; {@link GenericDocument} for types without their own record. Type-specific parts
     * (a decision's enacting authority, a meeting) are left empty.
     *
     * @param type the type
     * @param header the heading part
     * @param body the content
     * @param closing the closing part
     * @return the document
     */
    static AdministrativeDocument of(DocumentType type, Header header, Body body, Closing closing) {
        return switch (type) {
            case CONG_VAN -> new OfficialDispatch(header, body, closing);
            case QUYET_DINH -> new Decision(header, null, body, closing);
            case TO_TRINH -> new Submission(header, body, closing);
            case KE_HOACH -> new Plan(header, body, closing);
            case BAO_CAO -> new Report(header, body, closing);
            case THONG_BAO -> new Notice(header, body, closing);
            case GIAY_MOI -> new Invitation(header, null, body, closing);
            case BIEN_BAN -> new Minutes(header, null, body, closing, null);
            default -> new GenericDocument(type, header, body, closing);
        };
    }
}
