package io.github.vanban.formats.internal.text;

import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.Chapter;
import io.github.vanban.core.body.Clause;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.body.Part;
import io.github.vanban.core.body.Point;
import io.github.vanban.core.body.Section;
import io.github.vanban.core.body.Subsection;
import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.component.Attachment;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Invitation;
import io.github.vanban.core.document.Minutes;
import io.github.vanban.core.document.Report;
import io.github.vanban.core.document.Submission;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.Location;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document as plain text in the order and wording of Nghị định 30/2020/NĐ-CP (Phụ lục I): issuer,
 * Quốc hiệu and Tiêu ngữ, số/ký hiệu, place and date, type and trích yếu (or "V/v"), Kính gửi, căn cứ and
 * content, the signature block, Nơi nhận with the archive line, the drafter mark, then the appendices. The two
 * columns of the page are flattened to lines, one component after the other, separated by blank lines. A giấy mời
 * and a biên bản carry their meeting facts in the template's labelled lines, and a biên bản its two signatures,
 * THƯ KÝ then CHỦ TỌA, one block after the other.
 */
final class TextWriter {

    private final List<String> out = new ArrayList<>();
    private final List<Diagnostic> lost = new ArrayList<>();

    private TextWriter() {
    }

    static List<Diagnostic> write(AdministrativeDocument document, Writer writer) throws IOException {
        TextWriter w = new TextWriter();
        w.document(document);
        for (String line : w.out) {
            writer.write(line);
            writer.write('\n');
        }
        return List.copyOf(w.lost);
    }

    private void lose(String pointer, String what) {
        lost.add(new Diagnostic(Diagnostic.Severity.WARNING, "text.not-carried",
                what + " cannot be carried by plain text and was not written", new Location(0, 0, pointer)));
    }

    private void blank() {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
            out.add("");
        }
    }

    private void document(AdministrativeDocument doc) {
        Header h = doc.header();
        DocumentType type = doc.type();
        Organization issuer = h.issuer();
        if (issuer != null) {
            if (issuer.parentName() != null) {
                out.add(VietnameseText.upperCase(issuer.parentName()));
            }
            out.add(VietnameseText.upperCase(issuer.name()));
            if (issuer.organId() != null) {
                lose("/header/issuer/organId", "The organ id (mã định danh)");
            }
        }
        out.add(Header.NATIONAL_NAME);
        out.add(Header.MOTTO);
        if (h.number() != null) {
            out.add(h.number().format());
        }
        if (h.confidentiality() != null) {
            out.add(h.confidentiality().stamp());
        }
        if (h.urgency() != null) {
            out.add(h.urgency().stamp());
        }
        if (h.draftMarker()) {
            out.add("DỰ THẢO");
        }
        if (h.circulation() != null) {
            out.add(h.circulation().notice());
        }
        boolean dispatch = type == DocumentType.CONG_VAN;
        if (dispatch && h.subject() != null) {
            out.add(h.subject());
        }
        if (h.placeAndDate() != null) {
            out.add(h.placeAndDate().line());
        }
        blank();
        if (!dispatch) {
            out.add(type.heading());
            if (h.subject() != null) {
                out.add(h.subject());
            }
            blank();
        }
        String enacting = doc instanceof Decision d ? d.enactingAuthority()
                : doc instanceof AwardDecision a ? a.enactingAuthority() : null;
        if (enacting != null) {
            out.add(VietnameseText.upperCase(enacting));
            blank();
        }
        if (doc instanceof AwardProposal || doc instanceof AwardDecision) {
            lose("", "The emulation and award particulars (nominees, titles, regimes)");
        }
        if (doc instanceof Submission s && s.toHigherAuthority() || doc instanceof Report r && r.toHigherAuthority()) {
            lose("/toHigherAuthority", "The mark that the document is sent to a higher body");
        }
        Meeting meeting = doc instanceof Invitation i ? i.meeting() : doc instanceof Minutes m ? m.meeting() : null;
        SignatureBlock secretary = doc instanceof Minutes m ? m.secretarySignature() : null;
        if (meeting != null && meeting.time() == null && meeting.location() == null && meeting.chair() == null
                && meeting.participants().isEmpty() && meeting.secretary() == null && meeting.end() == null) {
            lose("/meeting", "A meeting record with no fact in it");
            meeting = null;
        }
        Recipients recipients = doc.closing().recipients();
        List<Recipient> addressees = recipients.addressees();
        if (addressees.size() == 1) {
            out.add("Kính gửi: " + addressees.get(0).format());
            blank();
        } else if (addressees.size() > 1) {
            out.add("Kính gửi:");
            for (Recipient r : addressees) {
                out.add("- " + r.format());
            }
            blank();
        }
        body(doc.body(), type == DocumentType.QUYET_DINH ? "QUYẾT ĐỊNH:" : type == DocumentType.NGHI_QUYET
                ? "QUYẾT NGHỊ:" : null, meeting, type);
        if (secretary != null) {
            secretary(secretary);
        }
        closing(doc.closing());
        for (Appendix a : doc.body().appendices()) {
            blank();
            out.add(a.heading());
            out.add(a.title());
            if (a.referenceLine() != null) {
                out.add("(" + a.referenceLine() + ")");
            }
            for (String p : a.paragraphs()) {
                blank();
                out.add(p);
            }
        }
    }

    private static boolean hasArticles(Body body) {
        boolean[] found = {false};
        body.forEachElement(e -> found[0] |= e instanceof Article);
        return found[0];
    }

    private void body(Body body, String decidingWords, @Nullable Meeting meeting, DocumentType type) {
        for (LegalBasis b : body.legalBases()) {
            out.add(b.text());
        }
        if (!body.legalBases().isEmpty()) {
            blank();
        }
        if (decidingWords != null && hasArticles(body)) {
            out.add(decidingWords);
            blank();
        }
        List<BodyElement> content = body.content();
        int meetingAt = meeting == null ? -1 : type == DocumentType.GIAY_MOI ? afterInvitingWords(content) : 0;
        int last = -1;
        for (int k = 0; k < content.size(); k++) {
            if (k == meetingAt) {
                last = meeting(meeting, type);
            }
            last = element(content.get(k));
        }
        if (meeting != null && meetingAt >= content.size()) {
            last = meeting(meeting, type);
        }
        if (meeting != null && meeting.end() != null) {
            blank();
            out.add("Cuộc họp kết thúc vào " + meeting.end() + ".");
            last = out.size() - 1;
        }
        if (body.endMark() && last >= 0) {
            String line = out.get(last);
            out.set(last, (line.endsWith(".") ? line.substring(0, line.length() - 1) : line) + "./.");
        }
        for (Attachment a : body.attachments()) {
            blank();
            out.add("(" + a.description() + ")");
        }
        if (!body.references().isEmpty()) {
            // Citations are read back from the text they appear in; a reference absent from the text is lost.
            StringBuilder all = new StringBuilder();
            out.forEach(l -> all.append(l).append('\n'));
            for (int k = 0; k < body.references().size(); k++) {
                var r = body.references().get(k);
                if (r.number() == null || all.indexOf(r.number().code()) < 0) {
                    lose("/body/references/" + k, "A cited document that the text never mentions");
                }
            }
        }
    }

    /** @return the index of the last line written */
    private int element(BodyElement e) {
        blank();
        if (e instanceof Paragraph p) {
            out.add(p.text());
        } else if (e instanceof NumberedItem n) {
            out.add(label(n.label()) + " " + n.text());
        } else if (e instanceof Article a) {
            out.add(a.heading() + (a.title().isEmpty() ? "" : " " + a.title()));
        } else if (e instanceof Clause c) {
            out.add(c.number() + ". " + c.text());
        } else if (e instanceof Point p) {
            out.add(p.letter() + ") " + p.text());
        } else if (e instanceof Chapter c) {
            out.add(c.heading());
            out.add(c.title());
        } else if (e instanceof Part p) {
            out.add(p.heading());
            out.add(p.title());
        } else if (e instanceof Section s) {
            out.add(s.heading());
            out.add(s.title());
        } else if (e instanceof Subsection s) {
            out.add(s.heading());
            out.add(s.title());
        }
        int last = out.size() - 1;
        for (BodyElement child : e.children()) {
            last = element(child);
        }
        return last;
    }

    /**
     * Where a giấy mời states its meeting (Mẫu 1.7): after the paragraphs that invite ("… trân trọng kính mời: …",
     * "Tới dự …"), else first.
     */
    private static int afterInvitingWords(List<BodyElement> content) {
        int at = 0;
        for (int k = 0; k < Math.min(3, content.size()); k++) {
            if (content.get(k) instanceof Paragraph p) {
                String key = Fold.key(p.text());
                if (key.contains("kinhmoi") || key.startsWith("toidu") || key.startsWith("dendu")) {
                    at = k + 1;
                }
            }
        }
        return at;
    }

    /**
     * Writes the meeting facts in the wording and order of the template: a giấy mời (Mẫu 1.7) "Chủ trì:",
     * "Thời gian:", "Địa điểm:"; a biên bản (Mẫu 1.9) "Thời gian bắt đầu:", "Địa điểm:", "Thành phần tham dự:",
     * "Chủ trì (chủ tọa):", "Thư ký (người ghi biên bản):". The end ("Cuộc họp kết thúc vào …") follows the content.
     *
     * @return the index of the last line written, or of the line before when nothing was written
     */
    private int meeting(Meeting m, DocumentType type) {
        blank();
        boolean minutes = type == DocumentType.BIEN_BAN;
        if (!minutes) {
            field("Chủ trì: ", m.chair());
            field("Thời gian: ", m.time());
        } else {
            field("Thời gian bắt đầu: ", m.time());
        }
        field("Địa điểm: ", m.location());
        List<String> who = m.participants();
        if (who.size() == 1 && !who.get(0).contains(";")) {
            out.add("Thành phần tham dự: " + who.get(0));
        } else if (!who.isEmpty()) {
            out.add("Thành phần tham dự:");
            for (int k = 0; k < who.size(); k++) {
                out.add("- " + who.get(k) + (k == who.size() - 1 ? "." : ";"));
            }
        }
        if (minutes) {
            field("Chủ trì (chủ tọa): ", m.chair());
            field("Thư ký (người ghi biên bản): ", m.secretary());
        } else {
            field("Thư ký: ", m.secretary());
        }
        return out.size() - 1;
    }

    private void field(String label, @Nullable String value) {
        if (value != null) {
            out.add(label + value);
        }
    }

    /** The secretary's signature of a biên bản (THƯ KÝ, the left column of Mẫu 1.9), before the chair's. */
    private void secretary(SignatureBlock s) {
        if (s.lines().size() != 1 || !MinutesSignatures.isSecretaryTitle(VietnameseText.upperCase(s.lines().get(0)
                .format()))) {
            lose("/secretarySignature/lines", "A secretary's signature whose titles are not the one line \"THƯ KÝ\""
                    + " (it could not be told from the chair's)");
            return;
        }
        blank();
        out.add(VietnameseText.upperCase(s.lines().get(0).format()));
        if (s.kind() == SignatureKind.DIGITAL) {
            lose("/secretarySignature/kind", "A digital signature");
        }
        if (s.fullName() != null) {
            blank();
            out.add(s.fullName());
        }
    }

    private static String label(String label) {
        return label.matches("[a-zđ]") ? label + ")" : label + ".";
    }

    private void closing(Closing c) {
        SignatureBlock s = c.signature();
        if (s != null) {
            blank();
            for (AuthorityLine l : s.lines()) {
                out.add(VietnameseText.upperCase(l.format()));
            }
            if (s.kind() == SignatureKind.DIGITAL) {
                lose("/closing/signer/kind", "A digital signature");
            }
            if (s.fullName() != null) {
                blank();
                out.add(s.fullName());
            }
        }
        Recipients r = c.recipients();
        if (!r.distribution().isEmpty() || r.archive() != null) {
            blank();
            out.add("Nơi nhận:");
            for (Recipient x : r.distribution()) {
                out.add("- " + x.format());
            }
            if (r.archive() != null) {
                out.add("- " + r.archive().format());
            }
        }
        if (c.drafterMark() != null) {
            out.add(c.drafterMark().format());
        }
        if (c.contactFooter() != null) {
            lose("/closing/contactFooter", "The contact footer (address, e-mail, web site, telephone, fax)");
        }
        if (c.seal() != null) {
            lose("/closing/seal", "The seal (dấu) or the organisation's digital signature");
        }
    }
}
