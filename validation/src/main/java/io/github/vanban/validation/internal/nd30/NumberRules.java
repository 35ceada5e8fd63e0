package io.github.vanban.validation.internal.nd30;

import static io.github.vanban.validation.internal.nd30.Fields.CODE_NOTATION;
import static io.github.vanban.validation.internal.nd30.Fields.CODE_NUMBER;
import static io.github.vanban.validation.internal.nd30.Fields.HEADER;
import static io.github.vanban.validation.internal.nd30.Fields.NUMBER;

import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.spi.RuleContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Số, ký hiệu (ô 3; Phụ lục I, II.3 of Nghị định 30/2020/NĐ-CP) and the type abbreviation (Phụ lục III). */
final class NumberRules {

    /** The official abbreviations that contain lower-case letters (Phụ lục III, Mục I). */
    // the mixed-case abbreviations Phụ lục III prints, and "TTg" (Thủ tướng Chính phủ), official in every QĐ-TTg
    private static final Set<String> MIXED_CASE = Set.of("QyĐ", "CTr", "TTr", "TrS", "TTg");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private NumberRules() {
    }

    private static String loose(String s) {
        return VietnameseText.stripDiacritics(VietnameseText.upperCase(s)).replace(".", "");
    }

    private static String withFirstGroup(DocumentNumber n, String first) {
        List<String> groups = new ArrayList<>(n.groups());
        groups.set(0, first);
        return String.join("-", groups);
    }

    /** ND30-TYPE-02: the type abbreviation is written exactly as in Phụ lục III (QyĐ, CTr, TTr). */
    static void exactAbbreviation(AdministrativeDocument doc, RuleContext ctx) {
        DocumentNumber n = doc.header().number();
        String expected = doc.type().abbreviation().orElse(null);
        if (n == null || expected == null) {
            return;
        }
        String first = n.groups().get(0);
        if (!first.equals(expected) && loose(first).equals(loose(expected))) {
            ctx.violation("exact").at(HEADER, NUMBER, CODE_NOTATION).arg("found", first).arg("expected", expected)
                    .fix(withFirstGroup(n, expected)).report();
        }
    }

    /** ND30-TYPE-03: công văn and thư công carry no type abbreviation. */
    static void noAbbreviation(AdministrativeDocument doc, RuleContext ctx) {
        DocumentNumber n = doc.header().number();
        if (n == null) {
            return;
        }
        String first = n.groups().get(0);
        boolean typeAbbreviation = loose(first).equals("CV");
        for (DocumentType t : DocumentType.values()) {
            if (t.abbreviation().map(a -> loose(a).equals(loose(first))).orElse(false)) {
                typeAbbreviation = true;
            }
        }
        if (typeAbbreviation) {
            List<String> rest = n.groups().subList(1, n.groups().size());
            ctx.violation("abbreviation").at(HEADER, NUMBER, CODE_NOTATION).arg("found", first)
                    .arg("type", doc.type().vietnameseName())
                    .fix(rest.isEmpty() ? first : String.join("-", rest)).report();
        }
    }

    /** ND30-SO-01: the số line is "Số: NN/GROUP(-GROUP)+"; an issued document has its number. */
    static void form(AdministrativeDocument doc, RuleContext ctx) {
        DocumentNumber n = doc.header().number();
        if (n == null) {
            ctx.violation("missing").at(HEADER, NUMBER).report();
            return;
        }
        if (n.isBlank() && ctx.profile() == Profile.ISSUED) {
            ctx.violation("blank").at(HEADER, NUMBER, CODE_NUMBER).arg("code", n.code()).report();
        }
        String notation = n.notation();
        for (int i = 0; i < notation.length(); i++) {
            char c = notation.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '/') {
                ctx.violation("character").at(HEADER, NUMBER, CODE_NOTATION).arg("notation", notation)
                        .arg("character", c).report();
                return;
            }
        }
        // "/" inside the ký hiệu is only tolerated here when it sets off a year, which ND30-SO-06 reports
        if (notation.contains("/") && Arrays.stream(notation.split("/")).noneMatch(p -> YEAR.matcher(p).matches())) {
            ctx.violation("character").at(HEADER, NUMBER, CODE_NOTATION).arg("notation", notation)
                    .arg("character", '/').report();
        }
    }

    /** ND30-SO-02: numbers below 10 have a leading zero, larger ones none. */
    static void leadingZero(AdministrativeDocument doc, RuleContext ctx) {
        DocumentNumber n = doc.header().number();
        if (n == null || n.isBlank() || n.value().isEmpty()) {
            return;
        }
        int value = n.value().getAsInt();
        if (value == 0) {
            ctx.violation("zero").at(HEADER, NUMBER, CODE_NUMBER).arg("number", n.number()).report();
            return;
        }
        String expected = value < 10 ? "0" + value : Integer.toString(value);
        if (!expected.equals(n.number())) {
            ctx.violation("form").at(HEADER, NUMBER, CODE_NUMBER).arg("number", n.number()).arg("expected", expected)
                    .fix(expected).report();
        }
    }

    /** ND30-SO-03: the ký hiệu is upper case, apart from the official mixed-case abbreviations. */
    static void upperCase(AdministrativeDocument doc, RuleContext ctx) {
        DocumentNumber n = doc.header().number();
        if (n == null) {
            return;
        }
        String expected = doc.type().abbreviation().orElse(null);
        List<String> groups = n.groups();
        List<String> fixed = new ArrayList<>();
        boolean wrong = false;
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            boolean typeGroup = i == 0 && expected != null && loose(g).equals(loose(expected));
            if (typeGroup || MIXED_CASE.contains(g) || VietnameseText.isUpperCase(g)) {
                fixed.add(g);
            } else {
                wrong = true;
                fixed.add(VietnameseText.upperCase(g));
            }
        }
        if (wrong) {
            ctx.violation("case").at(HEADER, NUMBER, CODE_NOTATION).arg("notation", n.notation())
                    .fix(String.join("-", fixed)).report();
        }
    }

    /** ND30-SO-04: typed document: type abbreviation first, issuer abbreviation second. */
    static void typedGroups(AdministrativeDocument doc, RuleContext ctx) {
        DocumentNumber n = doc.header().number();
        String expected = doc.type().abbreviation().orElse(null);
        if (n == null || expected == null) {
            return;
        }
        List<String> groups = n.groups();
        if (!loose(groups.get(0)).equals(loose(expected))) {
            ctx.violation("typeFirst").at(HEADER, NUMBER, CODE_NOTATION).arg("found", groups.get(0))
                    .arg("expected", expected).arg("type", doc.type().vietnameseName())
                    .fix(expected + "-" + n.notation()).report();
            return;
        }
        if (groups.size() < 2) {
            ctx.violation("issuerMissing").at(HEADER, NUMBER, CODE_NOTATION).arg("notation", n.notation()).report();
            return;
        }
        String issuer = doc.header().issuer() == null ? null : doc.header().issuer().abbreviation();
        if (issuer != null && !groups.get(1).equals(issuer)) {
            List<String> fixed = new ArrayList<>(groups);
            fixed.set(1, issuer);
            ctx.violation("issuerSecond").at(HEADER, NUMBER, CODE_NOTATION).arg("found", groups.get(1))
                    .arg("expected", issuer).fix(String.join("-", fixed)).report();
        }
    }

    /** ND30-SO-05: công văn: issuer abbreviation, then the drafting unit's or field's (≥ 2 groups). */
    static void dispatchGroups(AdministrativeDocument doc, RuleContext ctx) {
        DocumentNumber n = doc.header().number();
        if (n == null) {
            return;
        }
        List<String> groups = n.groups();
        if (groups.size() < 2) {
            ctx.violation("groups").at(HEADER, NUMBER, CODE_NOTATION).arg("notation", n.notation()).report();
            return;
        }
        String issuer = doc.header().issuer() == null ? null : doc.header().issuer().abbreviation();
        if (issuer != null && !groups.get(0).equals(issuer)) {
            ctx.violation("issuerFirst").at(HEADER, NUMBER, CODE_NOTATION).arg("found", groups.get(0))
                    .arg("expected", issuer).report();
        }
    }

    /** ND30-SO-06: no year in the số/ký hiệu of an administrative document. */
    static void noYear(AdministrativeDocument doc, RuleContext ctx) {
        DocumentNumber n = doc.header().number();
        if (n == null) {
            return;
        }
        List<String> kept = new ArrayList<>();
        boolean year = false;
        for (String token : n.notation().split("/")) {
            if (YEAR.matcher(token).matches()) {
                year = true;
            } else {
                kept.add(token);
            }
        }
        List<String> groups = new ArrayList<>();
        for (String g : String.join("/", kept).split("-")) {
            if (YEAR.matcher(g).matches()) {
                year = true;
            } else {
                groups.add(g);
            }
        }
        if (year) {
            ctx.violation("year").at(HEADER, NUMBER, CODE_NOTATION).arg("code", n.code())
                    .fix((n.number() == null ? "" : n.number()) + "/" + String.join("-", groups)).report();
        }
    }
}
