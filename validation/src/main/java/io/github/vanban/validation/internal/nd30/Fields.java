package io.github.vanban.validation.internal.nd30;

import io.github.vanban.core.FieldNames;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Header;

/** The JSON field names the rules use in their paths, all taken from {@link FieldNames}. */
final class Fields {

    static final String HEADER = "header";
    static final String BODY = "body";
    static final String CLOSING = "closing";
    static final String ISSUER = FieldNames.external(Header.class, "issuer");
    static final String ORGAN_NAME = FieldNames.external(Organization.class, "name");
    static final String NUMBER = FieldNames.external(Header.class, "number");
    static final String CODE_NUMBER = FieldNames.external(DocumentNumber.class, "number");
    static final String CODE_NOTATION = FieldNames.external(DocumentNumber.class, "notation");
    static final String PLACE_AND_DATE = FieldNames.external(Header.class, "placeAndDate");
    static final String PLACE = FieldNames.external(PlaceAndDate.class, "place");
    static final String ISSUED_DATE = FieldNames.external(PlaceAndDate.class, "date");
    static final String WRITTEN_FORM = FieldNames.external(PlaceAndDate.class, "writtenForm");
    static final String SUBJECT = FieldNames.external(Header.class, "subject");
    static final String CONFIDENTIALITY = FieldNames.external(Header.class, "confidentiality");
    static final String URGENCY = FieldNames.external(Header.class, "urgency");
    static final String CIRCULATION = FieldNames.external(Header.class, "circulation");
    static final String DRAFT_MARKER = FieldNames.external(Header.class, "draftMarker");
    static final String LEGAL_BASES = FieldNames.external(Body.class, "legalBases");
    static final String CONTENT = FieldNames.external(Body.class, "content");
    static final String REFERENCES = FieldNames.external(Body.class, "references");
    static final String APPENDICES = FieldNames.external(Body.class, "appendices");
    static final String END_MARK = FieldNames.external(Body.class, "endMark");
    static final String SIGNER = FieldNames.external(Closing.class, "signature");
    static final String RECIPIENTS = FieldNames.external(Closing.class, "recipients");
    static final String ADDRESSEES = FieldNames.external(Recipients.class, "addressees");
    static final String TO_PLACES = FieldNames.external(Recipients.class, "distribution");
    static final String ARCHIVE = FieldNames.external(Recipients.class, "archive");
    static final String DRAFTER_MARK = FieldNames.external(Closing.class, "drafterMark");
    static final String TYPER_NOTATION = FieldNames.external(DrafterMark.class, "initials");
    static final String PROMULGATION_AMOUNT = FieldNames.external(DrafterMark.class, "copies");

    private Fields() {
    }
}
