package io.github.vanban.examples;

import io.github.vanban.core.body.Assignment;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Header;

/**
 * Outline of a document (dàn ý văn bản): one labelled line per component of Điều 8, Nghị định 30/2020/NĐ-CP, in
 * the decree's order, as {@code ./vanban demo} prints it.
 */
public final class DocumentOutline {

    private DocumentOutline() {
    }

    /**
     * Describes a document component by component.
     *
     * @param document any administrative document
     * @return the outline, one component per line
     */
    public static String of(AdministrativeDocument document) {
        StringBuilder out = new StringBuilder();
        Header h = document.header();
        line(out, "Loại văn bản", document.type().vietnameseName());
        Organization issuer = h.issuer();
        if (issuer != null) {
            line(out, "Cơ quan chủ quản", issuer.parentName());
            line(out, "Cơ quan ban hành", issuer.name() + (issuer.abbreviation() == null ? "" : " (" + issuer.abbreviation() + ")"));
        }
        line(out, "Số, ký hiệu", h.number() == null ? null : h.number().format()
                + (h.number().isBlank() ? "   [số để trống: dự thảo]" : ""));
        line(out, "Địa danh, ngày tháng", h.placeAndDate() == null ? null : h.placeAndDate().format()
                + (h.placeAndDate().date() != null && !h.placeAndDate().date().isComplete() ? "   [ngày để trống: dự thảo]" : ""));
        line(out, "Trích yếu", h.subject());
        for (Recipient r : document.closing().recipients().addressees()) {
            line(out, "Kính gửi", r.format());
        }
        for (var basis : document.body().legalBases()) {
            line(out, "Căn cứ", basis.text());
        }
        for (BodyElement e : document.body().content()) {
            if (e instanceof NumberedItem n) {
                line(out, "Mục " + n.label(), n.text());
            } else if (e instanceof Paragraph p) {
                line(out, "Đoạn", p.text());
            } else {
                line(out, e.getClass().getSimpleName(), e.toString());
            }
        }
        line(out, "Kết thúc", document.body().endMark() ? "./." : null);
        for (Assignment a : document.assignments()) {
            line(out, "Giao nhiệm vụ", "chủ trì: " + a.lead() + "; phối hợp: " + String.join(", ", a.coordinators())
                    + "; nhiệm vụ: " + a.task());
        }
        for (DocumentReference r : document.body().references()) {
            line(out, "Văn bản trích dẫn", r.format());
        }
        for (var a : document.body().attachments()) {
            line(out, "Tài liệu kèm theo", a.description());
        }
        var signature = document.closing().signature();
        if (signature != null) {
            for (AuthorityLine l : signature.lines()) {
                line(out, "Quyền hạn, chức vụ", l.format());
            }
            line(out, "Người ký", signature.fullName());
        }
        for (Recipient r : document.closing().recipients().distribution()) {
            line(out, "Nơi nhận", "- " + r.format());
        }
        var archive = document.closing().recipients().archive();
        line(out, "Lưu", archive == null ? null : "- " + archive.format());
        var mark = document.closing().drafterMark();
        line(out, "Người soạn thảo", mark == null ? null : mark.format());
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null) {
            out.append(String.format("%-22s %s%n", label + ":", value));
        }
    }
}
