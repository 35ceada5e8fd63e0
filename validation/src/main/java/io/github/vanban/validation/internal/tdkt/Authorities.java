package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.AuthorityLevel;
import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.reference.AdministrativeUnits;
import io.github.vanban.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Thẩm quyền của người ký — infers, from what a document writes (the THẨM QUYỀN BAN HÀNH line, the issuer and its
 * chủ quản, the signature's authority lines), the {@link AuthorityLevel} that confers its awards (Điều 78–80, Luật
 * Thi đua, khen thưởng 2022). Returns empty when the text does not say.
 */
final class Authorities {

    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile(
            "(?:uy ban nhan dan|ubnd)\\s+(tinh|thanh pho|tp\\.?|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\\b\\s*(.*)");

    /** The day on which "thành phố X" is looked up when a document has no date: 63 provinces still existed. */
    private static final LocalDate LOOKUP_FALLBACK = LocalDate.of(2025, 1, 1);

    private Authorities() {
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : VietnameseText.collapseSpaces(VietnameseText.nfc(text)).strip();
    }

    /** Folds case and diacritics; the words stay where they were, so an index into one is an index into the other. */
    private static String fold(@Nullable String text) {
        return VietnameseText.stripDiacritics(clean(text)).toLowerCase(Locale.ROOT);
    }

    /** The words of {@code original} from the word where {@code folded} has reached {@code offset}. */
    private static String tail(String original, String folded, int offset) {
        String before = folded.substring(0, offset).strip();
        int words = before.isEmpty() ? 0 : before.split(" ").length;
        String[] all = original.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(all, Math.min(words, all.length), all.length));
    }

    /**
     * @param document a document
     * @return the conferring authority level, when the text says
     */
    static Optional<AuthorityLevel> of(AdministrativeDocument document) {
        LocalDate date = Dossier.of(document).flatMap(Dossier::date).orElse(LOOKUP_FALLBACK);
        String office = document instanceof AwardDecision d ? clean(d.enactingAuthority()) : "";
        SignatureBlock signature = document.closing().signature();
        if (office.isEmpty() && signature != null) {
            for (AuthorityLine line : signature.lines()) {
                if (line.authority() != null) {
                    office = clean(line.title());
                    break;
                }
            }
            if (office.isEmpty() && !signature.lines().isEmpty()) {
                office = clean(signature.lines().get(0).title());
            }
        }
        Optional<AuthorityLevel> fromOffice = office(office, date);
        if (fromOffice.isPresent()) {
            return fromOffice;
        }
        Organization issuer = document.header().issuer();
        return issuer == null ? Optional.empty() : organ(clean(issuer.name()), date);
    }

    /**
     * @param document a document
     * @return {@code true} when the issuer, its chủ quản or the enacting authority is at district level (cấp huyện)
     */
    static boolean isDistrict(AdministrativeDocument document) {
        LocalDate date = Dossier.of(document).flatMap(Dossier::date).orElse(LOOKUP_FALLBACK);
        Organization issuer = document.header().issuer();
        if (issuer != null && (organ(clean(issuer.name()), date).orElse(null) == AuthorityLevel.CHU_TICH_UBND_HUYEN
                || organ(clean(issuer.parentName()), date).orElse(null) == AuthorityLevel.CHU_TICH_UBND_HUYEN)) {
            return true;
        }
        return of(document).orElse(null) == AuthorityLevel.CHU_TICH_UBND_HUYEN;
    }

    private static Optional<AuthorityLevel> office(String original, LocalDate date) {
        if (original.isEmpty()) {
            return Optional.empty();
        }
        String office = fold(original);
        if (office.contains("chu tich nuoc")) {
            return Optional.of(AuthorityLevel.CHU_TICH_NUOC);
        }
        if (office.contains("thu tuong")) {
            return Optional.of(AuthorityLevel.THU_TUONG);
        }
        if (office.contains("bo truong")) {
            return Optional.of(AuthorityLevel.BO_TRUONG);
        }
        Matcher m = PEOPLES_COMMITTEE.matcher(office);
        if (m.find()) {
            String name = tail(original, office, m.start(2));
            // "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ" alone does not say which kind of city: ask the issuer
            return (m.group(1).equals("thanh pho") || m.group(1).startsWith("tp")) && name.isBlank() ? Optional.empty()
                    : Optional.of(committee(m.group(1), name, date));
        }
        Matcher head = Pattern.compile("^(giam doc|tong giam doc|chu tich|thu truong)\\s+").matcher(office);
        return (head.lookingAt() ? organ(tail(original, office, head.end()), date) : Optional.<AuthorityLevel>empty())
                .or(() -> office.startsWith("giam doc") || office.startsWith("tong giam doc")
                        ? Optional.of(AuthorityLevel.THU_TRUONG_DON_VI) : Optional.empty());
    }

    private static Optional<AuthorityLevel> organ(String original, LocalDate date) {
        if (original.isEmpty()) {
            return Optional.empty();
        }
        String organ = fold(original);
        Matcher m = PEOPLES_COMMITTEE.matcher(organ);
        if (m.lookingAt()) {
            return Optional.of(committee(m.group(1), tail(original, organ, m.start(2)), date));
        }
        if (organ.startsWith("chinh phu") || organ.startsWith("thu tuong")) {
            return Optional.of(AuthorityLevel.THU_TUONG);
        }
        if (organ.startsWith("bo ")) {
            return Optional.of(AuthorityLevel.BO_TRUONG);
        }
        if (organ.matches("^(cong ty|tong cong ty|hop tac xa|doanh nghiep|ngan hang thuong mai).*")) {
            return Optional.of(AuthorityLevel.GIAM_DOC_DOANH_NGHIEP);
        }
        if (organ.matches("^(so|cuc|vien|truong|benh vien|trung tam|ban|chi cuc|tong cuc|dai hoc|hoc vien) .*")) {
            return Optional.of(AuthorityLevel.THU_TRUONG_DON_VI);
        }
        return Optional.empty();
    }

    private static AuthorityLevel committee(String kind, String name, LocalDate date) {
        switch (kind) {
            case "tinh":
                return AuthorityLevel.CHU_TICH_UBND_TINH;
            case "huyen":
            case "quan":
            case "thi xa":
                return AuthorityLevel.CHU_TICH_UBND_HUYEN;
            case "xa":
            case "phuong":
            case "thi tran":
            case "dac khu":
                return AuthorityLevel.CHU_TICH_UBND_XA;
            default:
                // "thành phố": a centrally-run city is a province, a city of a province is a district
                String city = name.strip();
                if (city.isEmpty()) {
                    return AuthorityLevel.CHU_TICH_UBND_TINH;
                }
                return AdministrativeUnits.standard().province(city, date)
                        .filter(p -> p.kind().startsWith("thanh_pho")).isPresent()
                        ? AuthorityLevel.CHU_TICH_UBND_TINH : AuthorityLevel.CHU_TICH_UBND_HUYEN;
        }
    }
}
