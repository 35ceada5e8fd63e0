package io.github.vanban.validation.internal.nd30;

import static io.github.vanban.validation.internal.nd30.Fields.CLOSING;
import static io.github.vanban.validation.internal.nd30.Fields.SIGNER;

import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.Seal;
import io.github.vanban.core.component.SigningAuthority;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.text.VietnameseText;
import io.github.vanban.validation.spi.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quyền hạn, chức vụ, họ tên người ký (ô 7; Phụ lục I, II.7 and Điều 13 of Nghị định 30/2020/NĐ-CP). */
final class SignatureRules {

    /** A prefix written in a non-standard form at the start of a title line: "K.T.", "T/M", "Kt.", "Thừa lệnh". */
    private static final Pattern LOOSE_PREFIX = Pattern.compile(
            "^(?<p>T\\s*[./]?\\s*U\\s*[./]?\\s*Q|T\\s*[./]\\s*M|T\\s*[./]\\s*L|K\\s*[./]\\s*T|TM|TL|KT|TUQ|Q"
                    + "|THAY MẶT|KÝ THAY|THỪA LỆNH|THỪA ỦY QUYỀN|THỪA UỶ QUYỀN|QUYỀN)\\s*[.:]?\\s+(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POST = Pattern.compile(
            "^(PHÓ )?(THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ TỊCH|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG"
                    + "|VỤ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHÁNH |TRƯỞNG |CHỦ NHIỆM|TỔNG THƯ KÝ|BÍ THƯ|THỦ TRƯỞNG"
                    + "|CHI CỤC TRƯỞNG|TỔNG KIỂM TOÁN|VIỆN TRƯỞNG).*");
    private static final Pattern COLLECTIVE = Pattern.compile(
            "^(ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|BAN |CHÍNH PHỦ|ĐẢNG ỦY|ĐẢNG UỶ|TẬP THỂ|BỘ (?!TRƯỞNG)|SỞ |CỤC (?!TRƯỞNG)"
                    + "|TỔNG CỤC (?!TRƯỞNG)|VIỆN (?!TRƯỞNG)).*");
    private static final Pattern MILITARY_RANK = Pattern.compile(
            "^(?:Đại|Thượng|Trung|Thiếu)\\s+(?:tướng|tá|úy|uý)\\s+", Pattern.UNICODE_CASE);
    private static final Pattern LEARNED = Pattern.compile(
            "^(?:(?:GS|PGS|TS|ThS|Ths|TSKH|KS|BS|CN|NCS|DS|LS)\\s*\\.\\s*(?:,\\s*)?"
                    + "|(?:Giáo sư|Phó Giáo sư|Phó giáo sư|Tiến sĩ|Tiến sỹ|Thạc sĩ|Thạc sỹ|Bác sĩ|Bác sỹ|Kỹ sư|Luật sư"
                    + "|Dược sĩ)\\s+)",
            Pattern.UNICODE_CASE);
    private static final Set<List<SigningAuthority>> STACKS = Set.of(
            List.of(), List.of(SigningAuthority.Q), List.of(SigningAuthority.KT), List.of(SigningAuthority.TM),
            List.of(SigningAuthority.TM, SigningAuthority.KT), List.of(SigningAuthority.TL),
            List.of(SigningAuthority.TL, SigningAuthority.KT), List.of(SigningAuthority.TUQ));

    private SignatureRules() {
    }

    /** ND30-KY-01: a signature block with title lines in capitals and the signer's name, not in capitals. */
    static void block(AdministrativeDocument doc, RuleContext ctx) {
        SignatureBlock s = doc.closing().signature();
        if (s == null) {
            ctx.violation("missing").at(CLOSING, SIGNER).report();
            return;
        }
        if (s.lines().isEmpty()) {
            ctx.violation("noTitle").at(CLOSING, SIGNER, "lines").report();
        }
        for (int i = 0; i < s.lines().size(); i++) {
            AuthorityLine l = s.lines().get(i);
            if (!VietnameseText.isUpperCase(l.title())) {
                ctx.violation("titleCase").at(CLOSING, SIGNER, "lines", i, "title").arg("title", l.title())
                        .fix(VietnameseText.upperCase(l.title())).report();
            }
        }
        String name = s.fullName();
        if (name == null) {
            ctx.violation("noName").at(CLOSING, SIGNER, "fullName").report();
        } else if (VietnameseText.isUpperCase(name)) {
            ctx.violation("nameUpper").at(CLOSING, SIGNER, "fullName").arg("name", name)
                    .fix(VietnameseText.titleCase(name)).report();
        }
    }

    /** ND30-KY-02: authority prefixes are exactly TM., KT., TL., TUQ., Q. (upper case, trailing dot). */
    static void prefixes(AdministrativeDocument doc, RuleContext ctx) {
        SignatureBlock s = doc.closing().signature();
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.lines().size(); i++) {
            AuthorityLine l = s.lines().get(i);
            if (l.authority() != null) {
                continue;
            }
            Matcher m = LOOSE_PREFIX.matcher(l.title());
            if (m.matches()) {
                SigningAuthority a = authorityOf(m.group("p"));
                ctx.violation("form").at(CLOSING, SIGNER, "lines", i, "title").arg("line", l.title())
                        .fix(a.prefix() + " " + m.group("rest")).report();
            }
        }
    }

    private static SigningAuthority authorityOf(String written) {
        String key = VietnameseText.stripDiacritics(VietnameseText.upperCase(written)).replaceAll("[^A-Z ]", "")
                .replace(" ", "");
        switch (key) {
            case "TM":
            case "THAYMAT":
                return SigningAuthority.TM;
            case "KT":
            case "KYTHAY":
                return SigningAuthority.KT;
            case "TL":
            case "THUALENH":
                return SigningAuthority.TL;
            case "TUQ":
            case "THUAUYQUYEN":
                return SigningAuthority.TUQ;
            default:
                return SigningAuthority.Q;
        }
    }

    /** ND30-KY-03: TM. stands before a collective's name; KT., TL., TUQ., Q. before the head's post. */
    static void prefixTargets(AdministrativeDocument doc, RuleContext ctx) {
        SignatureBlock s = doc.closing().signature();
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.lines().size(); i++) {
            AuthorityLine l = s.lines().get(i);
            if (l.authority() == null) {
                continue;
            }
            String title = VietnameseText.upperCase(l.title());
            if (l.authority() == SigningAuthority.TM) {
                if (POST.matcher(title).matches()) {
                    ctx.violation("tmPost").at(CLOSING, SIGNER, "lines", i, "title").arg("line", l.format()).report();
                }
            } else if (title.startsWith("PHÓ ")) {
                ctx.violation("deputy").at(CLOSING, SIGNER, "lines", i, "title").arg("line", l.format()).report();
            } else if (COLLECTIVE.matcher(title).matches()) {
                ctx.violation("collective").at(CLOSING, SIGNER, "lines", i, "title").arg("line", l.format())
                        .arg("prefix", l.authority().prefix()).report();
            }
        }
    }

    /** ND30-KY-04: only the stacks of Điều 13 (TUQ. never followed by KT.: no re-delegation). */
    static void stacks(AdministrativeDocument doc, RuleContext ctx) {
        SignatureBlock s = doc.closing().signature();
        if (s == null) {
            return;
        }
        List<SigningAuthority> prefixes = new ArrayList<>();
        boolean plainSeen = false;
        boolean misplaced = false;
        for (AuthorityLine l : s.lines()) {
            if (l.authority() == null) {
                plainSeen = true;
            } else {
                misplaced |= plainSeen;
                prefixes.add(l.authority());
            }
        }
        String stack = String.join(" / ", s.lines().stream().map(AuthorityLine::format).toList());
        int tuq = prefixes.indexOf(SigningAuthority.TUQ);
        if (tuq >= 0 && prefixes.subList(tuq + 1, prefixes.size()).contains(SigningAuthority.KT)) {
            ctx.violation("redelegation").at(CLOSING, SIGNER, "lines").arg("stack", stack).report();
        } else if (misplaced || !STACKS.contains(prefixes)) {
            ctx.violation("stack").at(CLOSING, SIGNER, "lines").arg("stack", stack).report();
        }
    }

    /** ND30-KY-05: after KT., TL. or TUQ. a line holds the signer's own post. */
    static void ownPost(AdministrativeDocument doc, RuleContext ctx) {
        SignatureBlock s = doc.closing().signature();
        if (s == null || s.lines().isEmpty()) {
            return;
        }
        int last = s.lines().size() - 1;
        SigningAuthority a = s.lines().get(last).authority();
        if (a == SigningAuthority.KT || a == SigningAuthority.TL || a == SigningAuthority.TUQ) {
            ctx.violation("missing").at(CLOSING, SIGNER, "lines", last).arg("line", s.lines().get(last).format())
                    .report();
        }
    }

    /** ND30-KY-06: no học hàm, học vị before the signer's name. */
    static void learnedTitle(AdministrativeDocument doc, RuleContext ctx) {
        SignatureBlock s = doc.closing().signature();
        if (s == null || s.fullName() == null) {
            return;
        }
        String name = s.fullName();
        String stripped = withoutLearnedTitles(name);
        if (!stripped.equals(name)) {
            ctx.violation("learned").at(CLOSING, SIGNER, "fullName").arg("name", name).fix(stripped).report();
        }
    }

    private static String withoutLearnedTitles(String name) {
        String stripped = name;
        Matcher m = LEARNED.matcher(stripped);
        while (m.lookingAt() && m.end() < stripped.length()) {
            stripped = stripped.substring(m.end()).strip();
            m = LEARNED.matcher(stripped);
        }
        return stripped;
    }

    /**
     * ND30-KY-07: the name is in title case — after any học hàm, học vị (which ND30-KY-06 reports) and any military
     * rank ("Đại tá", which the armed forces write before the name, Phụ lục I, II.7.c).
     */
    static void nameCase(AdministrativeDocument doc, RuleContext ctx) {
        SignatureBlock s = doc.closing().signature();
        if (s == null || s.fullName() == null) {
            return;
        }
        String name = MILITARY_RANK.matcher(withoutLearnedTitles(s.fullName())).replaceFirst("");
        if (!VietnameseText.isUpperCase(name) && !VietnameseText.isTitleCase(name)) {
            ctx.violation("case").at(CLOSING, SIGNER, "fullName").arg("name", name)
                    .fix(VietnameseText.titleCase(name)).report();
        }
    }

    /**
     * ND30-KY-08: a document signed TUQ. uses the seal or digital signature of the delegating organisation, the
     * issuer (Điều 13.3). Reported only when the seal names another organisation: a seal without a name is the
     * issuer's own.
     */
    static void delegatorSeal(AdministrativeDocument doc, RuleContext ctx) {
        SignatureBlock s = doc.closing().signature();
        Seal seal = doc.closing().seal();
        Organization issuer = doc.header().issuer();
        if (s == null || seal == null || seal.organization() == null || issuer == null
                || s.lines().stream().noneMatch(l -> l.authority() == SigningAuthority.TUQ)) {
            return;
        }
        String sealOrganization = seal.organization();
        boolean delegator = VietnameseText.sameWords(sealOrganization, issuer.name())
                || issuer.abbreviation() != null && VietnameseText.sameWords(sealOrganization, issuer.abbreviation());
        if (!delegator) {
            ctx.violation("sealOrganization").at(CLOSING, "seal", "organization").arg("issuer", issuer.name())
                    .arg("sealOrganization", sealOrganization).fix(issuer.name()).report();
        }
    }
}
