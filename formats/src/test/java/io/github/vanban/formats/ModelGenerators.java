package io.github.vanban.formats;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.vanban.core.component.Appendix;
import io.github.vanban.core.body.Article;
import io.github.vanban.core.body.Assignment;
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
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.Attachment;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.CirculationScope;
import io.github.vanban.core.component.Confidentiality;
import io.github.vanban.core.component.ContactFooter;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.DrafterMark;
import io.github.vanban.core.component.Meeting;
import io.github.vanban.core.component.OrganId;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.Seal;
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
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for the whole document model (trình sinh dữ liệu mô hình), for property-based tests of
 * every format: arbitrary valid documents of all 29 types, Vietnamese text using every letter with every tone
 * mark, characters that formats must escape, empty lists and, now and then, large ones.
 *
 * <p>Every generator is a plain {@link Gen}; compose them freely (e.g. {@code ModelGenerators.documents()},
 * {@code ModelGenerators.body()}, {@code ModelGenerators.text()}).
 */
public final class ModelGenerators {

    /** The 12 vowel letters of Vietnamese. */
    private static final String VOWELS = "aăâeêioôơuưy";
    /** The five tone marks: huyền, sắc, hỏi, ngã, nặng. */
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    /** Every Vietnamese letter, lower and upper case, each vowel with and without every tone mark (NFC). */
    public static final List<String> LETTERS = letters();

    private static final List<String> TRICKY = List.of("<", ">", "&", "\"", "'", "]]>", "&amp;", "\t", "\n",
            "/", "\\", "{", "}", "~", "%", "#", "§", "–", "“", "”", "…", "½", "€", "😀", "𝔸", "V/v", "./.");

    private static final List<String> WORDS = List.of("Sở", "Khoa", "học", "và", "Công", "nghệ", "Ủy", "ban",
            "nhân", "dân", "tỉnh", "Hưng", "Yên", "quyết", "định", "khen", "thưởng", "phối", "hợp", "chủ", "trì",
            "Đoàn", "thể", "nghỉ", "phép", "hỏa", "tốc", "Thừa", "Thiên", "Huế", "Bắc", "Giang", "ưu", "tiên",
            "giấy", "mời", "tờ", "trình", "kế", "hoạch", "báo", "cáo", "ĐỘC", "LẬP", "TỰ", "DO", "HẠNH", "PHÚC");

    private ModelGenerators() {
    }

    private static List<String> letters() {
        List<String> out = new ArrayList<>();
        for (char v : VOWELS.toCharArray()) {
            out.add(String.valueOf(v));
            for (char t : TONES.toCharArray()) {
                out.add(Normalizer.normalize(v + String.valueOf(t), Normalizer.Form.NFC));
            }
        }
        out.add("đ");
        for (char c = 'b'; c <= 'z'; c++) {
            if (VOWELS.indexOf(c) < 0) {
                out.add(String.valueOf(c));
            }
        }
        List<String> all = new ArrayList<>(out);
        for (String s : out) {
            all.add(s.toUpperCase(java.util.Locale.ROOT));
        }
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------- small helpers

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    private static <T> T pick(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    private static <T> T orNull(RandomnessSource in, Gen<T> gen) {
        return chance(in, 30) ? null : gen.generate(in);
    }

    /**
     * A list of 0–3 elements mostly, sometimes empty and now and then large (40–120).
     *
     * @param element the element generator
     * @param <T> the element type
     * @return the list generator
     */
    public static <T> Gen<List<T>> lists(Gen<T> element) {
        return in -> {
            int roll = between(in, 1, 100);
            int size = roll <= 25 ? 0 : roll <= 99 ? between(in, 1, 3) : between(in, 40, 120);
            List<T> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(element.generate(in));
            }
            return out;
        };
    }

    private static <T> Gen<List<T>> nonEmptyLists(Gen<T> element) {
        return in -> {
            List<T> list = new ArrayList<>(lists(element).generate(in));
            if (list.isEmpty()) {
                list.add(element.generate(in));
            }
            return list;
        };
    }

    // ---------------------------------------------------------------- text

    /** @return one Vietnamese-like word made of any letters (every tone mark occurs) */
    public static Gen<String> word() {
        return in -> {
            if (chance(in, 40)) {
                return pick(in, WORDS);
            }
            int n = between(in, 1, 7);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append(pick(in, LETTERS));
            }
            return s.toString();
        };
    }

    /** @return a non-blank text of 1–12 words, with now and then a character a format must escape */
    public static Gen<String> text() {
        return in -> {
            int n = between(in, 1, 12);
            StringBuilder s = new StringBuilder(word().generate(in));
            for (int i = 1; i < n; i++) {
                s.append(chance(in, 8) ? pick(in, TRICKY) : " ").append(word().generate(in));
            }
            if (chance(in, 10)) {
                s.append(pick(in, TRICKY));
            }
            return s.toString();
        };
    }

    /** @return a text that may also be empty or a single space inside */
    public static Gen<String> anyText() {
        return in -> chance(in, 5) ? "" : text().generate(in);
    }

    private static Gen<String> digits(int min, int max) {
        return in -> {
            int n = between(in, min, max);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append((char) ('0' + between(in, 0, 9)));
            }
            return s.toString();
        };
    }

    private static Gen<String> notation() {
        Gen<String> group = in -> {
            String letters = "ABCDĐGHKLMNPQRSTUVXY";
            int n = between(in, 1, 5);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int k = between(in, 0, letters.length() - 1);
                s.append(letters.charAt(k));
            }
            return s.toString();
        };
        return in -> {
            int n = between(in, 1, 3);
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                groups.add(group.generate(in));
            }
            return String.join("-", groups);
        };
    }

    // ---------------------------------------------------------------- components

    /** @return a date of a complete document, 1945–2099 */
    public static Gen<LocalDate> dates() {
        return in -> LocalDate.ofEpochDay(between(in, (int) LocalDate.of(1945, 9, 2).toEpochDay(),
                (int) LocalDate.of(2099, 12, 31).toEpochDay()));
    }

    /** @return a partial date: complete, month only, or year only */
    public static Gen<PartialDate> partialDates() {
        return in -> {
            LocalDate d = dates().generate(in);
            int roll = between(in, 1, 3);
            return roll == 1 ? PartialDate.of(d) : roll == 2 ? PartialDate.ofMonth(d.getYear(), d.getMonthValue())
                    : new PartialDate(d.getYear(), null, null);
        };
    }

    /** @return an organ id in either form */
    public static Gen<OrganId> organIds() {
        return in -> {
            char level = (char) ('A' + between(in, 0, 24));
            String code = level + digits(2, 2).generate(in);
            if (chance(in, 50)) {
                return new OrganId(digits(3, 3).generate(in) + "." + digits(2, 2).generate(in) + "."
                        + digits(2, 2).generate(in) + "." + code, OrganId.Form.LEGACY);
            }
            StringBuilder s = new StringBuilder(code);
            int n = between(in, 0, 3);
            for (int i = 0; i < n; i++) {
                s.append('.').append(digits(1, 3).generate(in));
            }
            return new OrganId(s.toString(), OrganId.Form.QD20);
        };
    }

    /** @return an issuing organisation */
    public static Gen<Organization> organizations() {
        return in -> new Organization(text().generate(in), orNull(in, text()), orNull(in, notation()),
                orNull(in, organIds()));
    }

    /** @return a số/ký hiệu, blank now and then */
    public static Gen<DocumentNumber> numbers() {
        return in -> new DocumentNumber(chance(in, 25) ? null : digits(1, 5).generate(in), notation().generate(in));
    }

    /** @return a place and date */
    public static Gen<PlaceAndDate> placesAndDates() {
        return in -> new PlaceAndDate(orNull(in, text()), orNull(in, partialDates()), orNull(in, text()));
    }

    /** @return a reference to another document, with or without trích yếu */
    public static Gen<DocumentReference> references() {
        return in -> new DocumentReference(orNull(in, in2 -> pick(in2, List.of(DocumentType.values()))),
                orNull(in, text()), orNull(in, numbers()), orNull(in, dates()), orNull(in, text()),
                orNull(in, text()));
    }

    /** @return an assignment (giao nhiệm vụ) */
    public static Gen<Assignment> assignments() {
        return in -> new Assignment(text().generate(in), lists(text()).generate(in), anyText().generate(in),
                orNull(in, dates()), orNull(in, text()), orNull(in, text()));
    }

    /** @return a header */
    public static Gen<Header> headers() {
        return in -> new Header(orNull(in, organizations()), orNull(in, numbers()), orNull(in, placesAndDates()),
                orNull(in, text()), orNull(in, in2 -> pick(in2, List.of(Confidentiality.values()))),
                orNull(in, in2 -> pick(in2, List.of(Urgency.values()))),
                orNull(in, text().map(CirculationScope::new)), chance(in, 50));
    }

    private static Gen<Recipient> recipients() {
        return in -> new Recipient(text().generate(in), orNull(in, text()), pick(in, List.of(";", ".", "", ",")));
    }

    /** @return a signature block */
    public static Gen<SignatureBlock> signatures() {
        Gen<AuthorityLine> line = in -> new AuthorityLine(orNull(in,
                in2 -> pick(in2, List.of(SigningAuthority.values()))), text().generate(in));
        return in -> new SignatureBlock(lists(line).generate(in), orNull(in, text()),
                pick(in, List.of(SignatureKind.values())));
    }

    /** @return a closing */
    public static Gen<Closing> closings() {
        Gen<ArchiveLine> archive = in -> new ArchiveLine(nonEmptyLists(word()).generate(in),
                orNull(in, in2 -> between(in2, 1, 500)), pick(in, List.of(".", "", ";")));
        Gen<ContactFooter> footer = in -> new ContactFooter(orNull(in, text()), orNull(in, text()),
                orNull(in, text()), orNull(in, text()), orNull(in, text()));
        Gen<Seal> seal = in -> new Seal(pick(in, List.of(Seal.Kind.values())), orNull(in, text()),
                orNull(in, in2 -> OffsetDateTime.of(dates().generate(in2).atTime(between(in2, 0, 23),
                        between(in2, 0, 59), between(in2, 0, 59), between(in2, 0, 999) * 1_000_000),
                        ZoneOffset.ofHours(between(in2, -12, 14)))));
        return in -> new Closing(orNull(in, signatures()), new Recipients(lists(recipients()).generate(in),
                lists(recipients()).generate(in), orNull(in, archive)),
                orNull(in, in2 -> new DrafterMark(word().generate(in2), orNull(in2, in3 -> between(in3, 1, 999)))),
                orNull(in, footer), orNull(in, seal));
    }

    // ---------------------------------------------------------------- body

    /**
     * @param depth how many more levels of nesting are allowed
     * @return a body element of any kind
     */
    public static Gen<BodyElement> elements(int depth) {
        return in -> {
            Gen<List<BodyElement>> children = depth <= 0 ? in2 -> List.of()
                    : in2 -> chance(in2, 60) ? List.of() : smallLists(elements(depth - 1)).generate(in2);
            Function<RandomnessSource, String> number = in2 -> digits(1, 2).generate(in2);
            switch (between(in, 0, 8)) {
                case 0:
                    return new Paragraph(anyText().generate(in), orNull(in, assignments()));
                case 1:
                    return new NumberedItem(number.apply(in), anyText().generate(in), orNull(in, assignments()),
                            children.generate(in));
                case 2:
                    return new Part(pick(in, List.of("I", "II", "III", "IV")), anyText().generate(in),
                            children.generate(in));
                case 3:
                    return new Chapter(pick(in, List.of("I", "II", "IX", "XII")), anyText().generate(in),
                            children.generate(in));
                case 4:
                    return new Section(number.apply(in), anyText().generate(in), children.generate(in));
                case 5:
                    return new Subsection(number.apply(in), anyText().generate(in), children.generate(in));
                case 6:
                    return new Article(number.apply(in), anyText().generate(in), children.generate(in));
                case 7:
                    return new Clause(number.apply(in), anyText().generate(in), orNull(in, assignments()),
                            children.generate(in));
                default:
                    return new Point(pick(in, Point.LETTERS), anyText().generate(in), orNull(in, assignments()),
                            children.generate(in));
            }
        };
    }

    private static <T> Gen<List<T>> smallLists(Gen<T> element) {
        return in -> {
            int size = between(in, 1, 3);
            List<T> out = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                out.add(element.generate(in));
            }
            return out;
        };
    }

    /** @return a body: căn cứ, a content tree up to four levels deep, references, attachments, appendices */
    public static Gen<Body> body() {
        Gen<Appendix> appendix = in -> new Appendix(orNull(in, in2 -> pick(in2, List.of("I", "II", "01", "3a"))),
                text().generate(in), orNull(in, text()), lists(anyText()).generate(in));
        return in -> new Body(lists(in2 -> new LegalBasis(text().generate(in2), orNull(in2, references())))
                .generate(in), lists(elements(3)).generate(in), lists(references()).generate(in),
                lists(in2 -> new Attachment(text().generate(in2), orNull(in2, references()))).generate(in),
                lists(appendix).generate(in), chance(in, 50));
    }

    // ---------------------------------------------------------------- documents

    /** @return one of the 29 document types */
    public static Gen<DocumentType> types() {
        return in -> pick(in, List.of(DocumentType.values()));
    }

    /**
     * @param type the type
     * @return documents of that type, built with {@link AdministrativeDocument#of}, with the type's own parts
     *     (enacting authority, meeting, secretary's signature) filled now and then
     */
    public static Gen<AdministrativeDocument> documents(DocumentType type) {
        Gen<Meeting> meeting = in -> new Meeting(orNull(in, text()), orNull(in, text()), orNull(in, text()),
                lists(text()).generate(in), orNull(in, text()), orNull(in, text()));
        return in -> {
            AdministrativeDocument doc = AdministrativeDocument.of(type, headers().generate(in),
                    body().generate(in), closings().generate(in));
            if (doc instanceof Decision d && chance(in, 70)) {
                return new Decision(d.header(), text().generate(in), d.body(), d.closing());
            }
            if (doc instanceof Invitation i && chance(in, 70)) {
                return new Invitation(i.header(), meeting.generate(in), i.body(), i.closing());
            }
            if (doc instanceof Minutes m && chance(in, 70)) {
                return new Minutes(m.header(), orNull(in, meeting), m.body(), m.closing(),
                        orNull(in, signatures()));
            }
            return doc;
        };
    }

    /** @return documents of any of the 29 types */
    public static Gen<AdministrativeDocument> documents() {
        return types().flatMap(ModelGenerators::documents);
    }
}
