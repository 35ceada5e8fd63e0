package io.github.vanban.formats.internal.text;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.BodyElement;
import io.github.vanban.core.body.Clause;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.NumberedItem;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.body.Point;
import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.Attachment;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.CirculationScope;
import io.github.vanban.core.component.Confidentiality;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.component.SignatureKind;
import io.github.vanban.core.component.SigningAuthority;
import io.github.vanban.core.component.Urgency;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Invitation;
import io.github.vanban.core.document.Minutes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates documents of every type restricted to what the plain-text layout carries, so that writing then
 * reading gives back the same document. The restrictions: issuer names in capitals (the decree prints them so,
 * and the reader keeps what it reads); the issuer's abbreviation is the one the ký hiệu shows; no organ id,
 * contact footer or seal (the writer reports them as not carried); sentences end with a full stop; a signature
 * block always has a name; assignments and citations are what the reader finds in the text (the generated text
 * names no "chủ trì" and cites no number; a căn cứ citing a law by name carries that law as its reference). A giấy
 * mời or a biên bản mostly carries a meeting with at least one fact, its values without closing punctuation and
 * with no ";" in a participant; a biên bản mostly carries a secretary's signature of the one line "THƯ KÝ" with a name.
 */
final class TextLayoutGenerators {

    private static final List<String> WORDS = List.of("công", "tác", "kiểm", "tra", "an", "toàn", "trường", "học",
            "kế", "hoạch", "năm", "nay", "đơn", "vị", "phối", "hợp", "báo", "cáo", "kết", "quả", "tổng", "hợp",
            "thi", "đua", "khen", "thưởng", "nội", "dung", "phong", "trào", "xã", "hội", "tài", "chính", "đầu", "tư");
    private static final List<String> LAWS = List.of("Tổ chức chính quyền địa phương", "Thi đua, khen thưởng",
            "Ban hành văn bản quy phạm pháp luật", "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ"
                    + " chức chính quyền địa phương", "Giáo dục");
    private static final List<String> ORGS = List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SỞ TÀI CHÍNH", "BỘ NỘI VỤ",
            "CỤC THUẾ", "HỌC VIỆN KỸ THUẬT MẬT MÃ", "VĂN PHÒNG CHÍNH PHỦ", "BAN QUẢN LÝ DỰ ÁN");
    private static final List<String> PARENTS = List.of("UBND TỈNH HƯNG YÊN", "BỘ TÀI CHÍNH",
            "BAN CƠ YẾU CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN");
    private static final List<String> ABBREVIATIONS = List.of("SKHCN", "STC", "BNV", "UBND", "HVM", "VPCP");
    private static final List<String> PLACES = List.of("Hưng Yên", "Hà Nội", "Thành phố Hồ Chí Minh", "Nghệ An",
            "Đắk Lắk");
    private static final List<String> NAMES = List.of("Nguyễn Văn Minh", "Trần Tùng Chuẩn", "Lê Thị Hoa",
            "Phạm Minh Chính", "Vũ Văn Vinh", "Đào Mỹ");
    private static final List<String> TITLES = List.of("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH",
            "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG TỔ CHỨC");
    private static final List<String> RECIPIENTS = List.of("Sở Nội vụ", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
            "Giám đốc, các Phó Giám đốc Sở", "Ủy ban nhân dân các huyện", "Chánh Văn phòng Sở");
    private static final List<String> PURPOSES = List.of("để theo dõi", "để b/c", "để thực hiện");
    private static final List<String> TIMES = List.of("08 giờ 00, ngày 10/3/2024", "14 giờ 30, ngày 05 tháng 6 năm"
            + " 2024", "8h00 ngày 12/4/2025", "từ 08 giờ 00 đến 11 giờ 00, ngày 15/7/2024");
    private static final List<String> LOCATIONS = List.of("Phòng họp tầng 3, Sở Tài chính", "Hội trường A",
            "tại Trụ sở Ủy ban nhân dân tỉnh", "Phòng họp số 2 (nhà B)");
    private static final List<String> PEOPLE = List.of("Đồng chí Nguyễn Văn An, Giám đốc Sở",
            "Ông Trần Văn Bình, Trưởng phòng", "Phó Giám đốc Sở Lê Thị Hoa", "Bà Lê Thị Hoa, chuyên viên",
            "Chuyên viên Văn phòng Sở");
    private static final List<String> PARTICIPANTS = List.of("Đại diện lãnh đạo các phòng thuộc Sở",
            "Ông Trần Văn Bình, Trưởng phòng", "Bà Lê Thị Hoa, chuyên viên phụ trách tổng hợp", "Các thành viên Hội đồng",
            "Đại diện Văn phòng Sở");
    private static final List<String> ENDS = List.of("11 giờ 30 cùng ngày", "16 giờ 00, ngày 12/3/2024",
            "17 giờ 15 phút");
    private static final List<String> LETTERS = List.of("a", "b", "c", "d", "đ", "e");

    private TextLayoutGenerators() {
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    private static String words(RandomnessSource in, int min, int max) {
        int n = between(in, min, max);
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(pick(in, WORDS));
        }
        return String.join(" ", w);
    }

    private static String sentence(RandomnessSource in) {
        String s = words(in, 3, 12);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    /** @return documents of every type, as the text layout carries them */
    static Gen<AdministrativeDocument> documents() {
        return in -> {
            DocumentType type = pick(in, List.of(DocumentType.values()));
            String abbreviation = pick(in, ABBREVIATIONS);
            String notation = type == DocumentType.CONG_VAN ? abbreviation + "-" + pick(in, List.of("VP", "TCCB", "KHTC"))
                    : type.abbreviation().map(a -> a + "-" + abbreviation).orElse(abbreviation);
            DocumentNumber number = chance(in, 80) ? null : null;
            if (chance(in, 85)) {
                int n = between(in, 1, 9999);
                number = chance(in, 20) ? new DocumentNumber(null, notation)
                        : new DocumentNumber(n < 10 && chance(in, 70) ? "0" + n : Integer.toString(n), notation);
            }
            Organization issuer = number != null || chance(in, 90) ? new Organization(pick(in, ORGS), chance(in, 60) ? pick(in, PARENTS)
                    : null, number == null ? null : abbreviation, null) : null;
            PartialDate date = switch (between(in, 0, 3)) {
                case 0 -> new PartialDate(between(in, 2000, 2030), null, null);
                case 1 -> PartialDate.ofMonth(between(in, 2000, 2030), between(in, 1, 12));
                default -> new PartialDate(between(in, 2000, 2030), between(in, 1, 12), between(in, 1, 28));
            };
            PlaceAndDate placeAndDate = chance(in, 90) ? PlaceAndDate.of(chance(in, 90) ? pick(in, PLACES) : null, date)
                    : null;
            String subject = null;
            if (type == DocumentType.CONG_VAN) {
                subject = chance(in, 90) ? "V/v " + words(in, 2, 10) : null;
            } else if (type.subjectRule() != DocumentType.SubjectRule.NONE && chance(in, 90)) {
                String s = words(in, 2, 10);
                subject = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
            Header header = Header.builder().issuer(issuer).number(number).placeAndDate(placeAndDate).subject(subject)
                    .confidentiality(chance(in, 15) ? pick(in, List.of(Confidentiality.values())) : null)
                    .urgency(chance(in, 15) ? pick(in, List.of(Urgency.values())) : null)
                    .circulation(chance(in, 10) ? CirculationScope.INTERNAL_ONLY : null)
                    .draftMarker(chance(in, 15)).build();

            boolean articles = type == DocumentType.QUYET_DINH || type == DocumentType.NGHI_QUYET
                    || type == DocumentType.QUY_CHE || type == DocumentType.QUY_DINH;
            Body.Builder body = Body.builder();
            int bases = articles ? between(in, 0, 3) : 0;
            for (int i = 0; i < bases; i++) {
                String end = i == bases - 1 ? "." : ";";
                if (chance(in, 40)) { // a law cited by name: the reader gives its reference
                    String law = pick(in, LAWS);
                    LocalDate passed = LocalDate.of(between(in, 1990, 2025), between(in, 1, 12), between(in, 1, 28));
                    body.legalBasis(new LegalBasis("Căn cứ Luật " + law + " ngày " + passed.getDayOfMonth() + " tháng "
                            + passed.getMonthValue() + " năm " + passed.getYear() + end,
                            new DocumentReference(null, "Luật", null, passed, null, law)));
                } else {
                    body.legalBasis(LegalBasis.of("Căn cứ " + words(in, 3, 10) + end));
                }
            }
            List<BodyElement> content = new ArrayList<>();
            if (articles) {
                int n = between(in, 1, 4);
                for (int a = 1; a <= n; a++) {
                    List<BodyElement> clauses = new ArrayList<>();
                    int c = between(in, 1, 3);
                    for (int k = 1; k <= c; k++) {
                        List<BodyElement> points = new ArrayList<>();
                        int p = chance(in, 30) ? between(in, 1, 3) : 0;
                        for (int q = 0; q < p; q++) {
                            points.add(Point.of(LETTERS.get(q), words(in, 2, 8) + ";"));
                        }
                        clauses.add(new Clause(Integer.toString(k), sentence(in), null, points));
                    }
                    String title = words(in, 2, 6);
                    content.add(new Article(Integer.toString(a), Character.toUpperCase(title.charAt(0))
                            + title.substring(1), clauses));
                }
            } else {
                int n = between(in, 0, 5);
                int label = 1;
                for (int i = 0; i < n; i++) {
                    if (chance(in, 50)) {
                        content.add(Paragraph.of(sentence(in)));
                    } else {
                        content.add(NumberedItem.of(Integer.toString(label++), sentence(in)));
                    }
                }
            }
            content.forEach(body::add);
            boolean meets = type == DocumentType.GIAY_MOI || type == DocumentType.BIEN_BAN;
            Meeting meeting = meets && chance(in, 85) ? meeting(in, type == DocumentType.BIEN_BAN) : null;
            // the end mark goes on the last line of the content or of the meeting that follows or makes it
            boolean markable = meeting != null && (meeting.end() != null || content.isEmpty())
                    || !content.isEmpty() && !endsWithPoint(content);
            body.endMark(markable && chance(in, 70));
            if (chance(in, 20)) {
                body.attachment(new Attachment("Gửi kèm theo " + words(in, 2, 6), null));
            }
            String name = pick(in, NAMES);
            SignatureBlock signature = null;
            if (chance(in, 85)) {
                List<AuthorityLine> lines = new ArrayList<>();
                if (chance(in, 40)) {
                    lines.add(new AuthorityLine(pick(in, List.of(SigningAuthority.values())), pick(in, TITLES)));
                }
                lines.add(AuthorityLine.of(type == DocumentType.BIEN_BAN && chance(in, 50) ? "CHỦ TỌA" : pick(in, TITLES)));
                signature = new SignatureBlock(lines, name, SignatureKind.HANDWRITTEN);
            }
            if (signature != null && chance(in, 15)) {
                body.appendix(new Appendix("I", "DANH SÁCH " + words(in, 1, 4).toUpperCase(java.util.Locale.ROOT),
                        chance(in, 50) ? "Kèm theo văn bản này" : null, List.of(sentence(in))));
            }
            List<Recipient> addressees = new ArrayList<>();
            int ad = type == DocumentType.CONG_VAN || chance(in, 20) ? between(in, 0, 3) : 0;
            for (int i = 0; i < ad; i++) {
                addressees.add(new Recipient(pick(in, RECIPIENTS), null, i == ad - 1 ? "." : ";"));
            }
            List<Recipient> distribution = new ArrayList<>();
            int dn = between(in, 0, 4);
            for (int i = 0; i < dn; i++) {
                distribution.add(i == 0 && chance(in, 50) ? Recipient.of(Recipient.AS_ABOVE)
                        : new Recipient(pick(in, RECIPIENTS), chance(in, 30) ? pick(in, PURPOSES) : null, ";"));
            }
            ArchiveLine archive = chance(in, 80) ? new ArchiveLine(List.of("VT", pick(in, List.of("VP", "TCCB", "KHTC"))),
                    chance(in, 20) ? between(in, 1, 5) : null, ".") : null;
            DrafterMark mark = signature != null && chance(in, 40)
                    ? new DrafterMark(pick(in, List.of("XT", "PL", "HA")), chance(in, 30) ? between(in, 2, 300) : null)
                    : null;
            Closing closing = new Closing(signature, new Recipients(addressees, distribution, archive), mark, null);
            Body b = body.build();
            if (type == DocumentType.GIAY_MOI) {
                return new Invitation(header, meeting, b, closing);
            }
            if (type == DocumentType.BIEN_BAN) {
                SignatureBlock secretary = chance(in, 85) ? new SignatureBlock(List.of(AuthorityLine.of("THƯ KÝ")),
                        pick(in, NAMES), SignatureKind.HANDWRITTEN) : null;
                return new Minutes(header, meeting, b, closing, secretary);
            }
            if (type == DocumentType.QUYET_DINH && chance(in, 60)) {
                return new Decision(header, issuer == null ? "GIÁM ĐỐC SỞ" : "GIÁM ĐỐC " + issuer.name(), b, closing);
            }
            return AdministrativeDocument.of(type, header, b, closing);
        };
    }

    /** @return a meeting with at least one fact */
    private static Meeting meeting(RandomnessSource in, boolean minutes) {
        String time = chance(in, 80) ? pick(in, TIMES) : null;
        String location = chance(in, 75) ? pick(in, LOCATIONS) : null;
        String chair = chance(in, 75) ? pick(in, PEOPLE) : null;
        List<String> participants = new ArrayList<>();
        int n = chance(in, 60) ? between(in, 1, 4) : 0;
        for (int i = 0; i < n; i++) {
            participants.add(pick(in, PARTICIPANTS));
        }
        String secretary = chance(in, minutes ? 70 : 10) ? pick(in, PEOPLE) : null;
        String end = chance(in, minutes ? 60 : 10) ? pick(in, ENDS) : null;
        if (time == null && location == null && chair == null && participants.isEmpty() && secretary == null
                && end == null) {
            time = pick(in, TIMES);
        }
        return new Meeting(time, location, chair, participants, secretary, end);
    }

    private static boolean endsWithPoint(List<BodyElement> content) {
        BodyElement last = content.get(content.size() - 1);
        while (!last.children().isEmpty()) {
            last = last.children().get(last.children().size() - 1);
        }
        return last instanceof Point;
    }
}
