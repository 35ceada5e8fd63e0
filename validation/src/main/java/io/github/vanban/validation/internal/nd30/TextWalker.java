package io.github.vanban.validation.internal.nd30;

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
import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Invitation;
import io.github.vanban.core.document.Minutes;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lists every text of a document with its path, for the rules that look at all the text (encoding, case). */
final class TextWalker {

    /**
     * A text and where it is.
     *
     * @param path field names and indexes from the root
     * @param text the text
     */
    record Located(List<Object> path, String text) {
    }

    private final List<Located> out = new ArrayList<>();

    private TextWalker() {
    }

    /**
     * @param doc a document
     * @return every non-null text, in document order
     */
    static List<Located> all(AdministrativeDocument doc) {
        TextWalker w = new TextWalker();
        w.header(doc.header());
        if (doc instanceof Decision d) {
            w.add(d.enactingAuthority(), "enactingAuthority");
        }
        if (doc instanceof Invitation i) {
            w.meeting(i.meeting());
        }
        if (doc instanceof Minutes m) {
            w.meeting(m.meeting());
        }
        w.body(doc);
        w.closing(doc);
        if (doc instanceof Minutes m && m.secretarySignature() != null) {
            w.signature(m.secretarySignature(), List.of("secretarySignature"));
        }
        return List.copyOf(w.out);
    }

    /**
     * @param doc a document
     * @return the texts of the body's content tree (paragraphs, items, titles, clauses, points)
     */
    static List<Located> content(AdministrativeDocument doc) {
        TextWalker w = new TextWalker();
        w.elements(doc.body().content(), List.of(Fields.BODY, Fields.CONTENT));
        return List.copyOf(w.out);
    }

    private void add(@Nullable String text, Object... path) {
        if (text != null) {
            out.add(new Located(List.of(path), text));
        }
    }

    private void add(@Nullable String text, List<Object> prefix, Object... rest) {
        if (text != null) {
            List<Object> p = new ArrayList<>(prefix);
            p.addAll(List.of(rest));
            out.add(new Located(List.copyOf(p), text));
        }
    }

    private void header(Header h) {
        Organization o = h.issuer();
        if (o != null) {
            add(o.name(), Fields.HEADER, Fields.ISSUER, Fields.ORGAN_NAME);
            add(o.parentName(), Fields.HEADER, Fields.ISSUER, "organizationInCharge");
            add(o.abbreviation(), Fields.HEADER, Fields.ISSUER, "abbreviation");
        }
        if (h.number() != null) {
            add(h.number().notation(), Fields.HEADER, Fields.NUMBER, Fields.CODE_NOTATION);
        }
        if (h.placeAndDate() != null) {
            add(h.placeAndDate().place(), Fields.HEADER, Fields.PLACE_AND_DATE, Fields.PLACE);
            add(h.placeAndDate().writtenForm(), Fields.HEADER, Fields.PLACE_AND_DATE, Fields.WRITTEN_FORM);
        }
        add(h.subject(), Fields.HEADER, Fields.SUBJECT);
        if (h.circulation() != null) {
            add(h.circulation().notice(), Fields.HEADER, Fields.CIRCULATION, "notice");
        }
    }

    private void meeting(@Nullable Meeting m) {
        if (m == null) {
            return;
        }
        add(m.time(), "meeting", "time");
        add(m.location(), "meeting", "location");
        add(m.chair(), "meeting", "chair");
        for (int i = 0; i < m.participants().size(); i++) {
            add(m.participants().get(i), "meeting", "participants", i);
        }
        add(m.secretary(), "meeting", "secretary");
        add(m.end(), "meeting", "end");
    }

    private void body(AdministrativeDocument doc) {
        var b = doc.body();
        for (int i = 0; i < b.legalBases().size(); i++) {
            add(b.legalBases().get(i).text(), Fields.BODY, Fields.LEGAL_BASES, i, "text");
        }
        elements(b.content(), List.of(Fields.BODY, Fields.CONTENT));
        for (int i = 0; i < b.references().size(); i++) {
            DocumentReference r = b.references().get(i);
            add(r.typeName(), Fields.BODY, Fields.REFERENCES, i, "typeName");
            add(r.issuer(), Fields.BODY, Fields.REFERENCES, i, "issuer");
            add(r.title(), Fields.BODY, Fields.REFERENCES, i, "title");
        }
        for (int i = 0; i < b.attachments().size(); i++) {
            add(b.attachments().get(i).description(), Fields.BODY, "attachments", i, "description");
        }
        for (int i = 0; i < b.appendices().size(); i++) {
            Appendix a = b.appendices().get(i);
            add(a.title(), Fields.BODY, Fields.APPENDICES, i, "title");
            add(a.referenceLine(), Fields.BODY, Fields.APPENDICES, i, "referenceLine");
            for (int k = 0; k < a.paragraphs().size(); k++) {
                add(a.paragraphs().get(k), Fields.BODY, Fields.APPENDICES, i, "paragraphs", k);
            }
        }
    }

    private void elements(List<BodyElement> elements, List<Object> prefix) {
        for (int i = 0; i < elements.size(); i++) {
            BodyElement e = elements.get(i);
            List<Object> p = new ArrayList<>(prefix);
            p.add(i);
            if (e instanceof Paragraph x) {
                add(x.text(), p, "text");
            } else if (e instanceof NumberedItem x) {
                add(x.text(), p, "text");
            } else if (e instanceof Clause x) {
                add(x.text(), p, "text");
            } else if (e instanceof Point x) {
                add(x.text(), p, "text");
            } else if (e instanceof Part x) {
                add(x.title(), p, "title");
            } else if (e instanceof Chapter x) {
                add(x.title(), p, "title");
            } else if (e instanceof Section x) {
                add(x.title(), p, "title");
            } else if (e instanceof Subsection x) {
                add(x.title(), p, "title");
            } else if (e instanceof Article x) {
                add(x.title(), p, "title");
            }
            List<Object> c = new ArrayList<>(p);
            c.add("children");
            elements(e.children(), c);
        }
    }

    private void closing(AdministrativeDocument doc) {
        var c = doc.closing();
        if (c.signature() != null) {
            signature(c.signature(), List.of(Fields.CLOSING, Fields.SIGNER));
        }
        recipients(c.recipients().addressees(), Fields.ADDRESSEES);
        recipients(c.recipients().distribution(), Fields.TO_PLACES);
        if (c.recipients().archive() != null) {
            var units = c.recipients().archive().units();
            for (int i = 0; i < units.size(); i++) {
                add(units.get(i), Fields.CLOSING, Fields.RECIPIENTS, Fields.ARCHIVE, "units", i);
            }
        }
        if (c.drafterMark() != null) {
            add(c.drafterMark().initials(), Fields.CLOSING, Fields.DRAFTER_MARK, Fields.TYPER_NOTATION);
        }
        ContactFooter f = c.contactFooter();
        if (f != null) {
            add(f.address(), Fields.CLOSING, "contactFooter", "address");
            add(f.email(), Fields.CLOSING, "contactFooter", "email");
            add(f.website(), Fields.CLOSING, "contactFooter", "website");
            add(f.phone(), Fields.CLOSING, "contactFooter", "phone");
            add(f.fax(), Fields.CLOSING, "contactFooter", "fax");
        }
    }

    private void signature(SignatureBlock s, List<Object> prefix) {
        for (int i = 0; i < s.lines().size(); i++) {
            add(s.lines().get(i).title(), prefix, "lines", i, "title");
        }
        add(s.fullName(), prefix, "fullName");
    }

    private void recipients(List<Recipient> list, String field) {
        for (int i = 0; i < list.size(); i++) {
            add(list.get(i).name(), Fields.CLOSING, Fields.RECIPIENTS, field, i, "name");
            add(list.get(i).purpose(), Fields.CLOSING, Fields.RECIPIENTS, field, i, "purpose");
        }
    }
}
