package io.github.vanban.validation.tdkt;

import static io.github.vanban.validation.tdkt.AwardFixtures.date;
import static io.github.vanban.validation.tdkt.AwardFixtures.entry;
import static io.github.vanban.validation.tdkt.AwardFixtures.formEntry;
import static io.github.vanban.validation.tdkt.AwardFixtures.initiative;
import static io.github.vanban.validation.tdkt.AwardFixtures.person;
import static io.github.vanban.validation.tdkt.AwardFixtures.proposal;
import static io.github.vanban.validation.tdkt.AwardFixtures.room;
import static io.github.vanban.validation.tdkt.AwardFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.award.Award;
import io.github.vanban.core.award.AwardClass;
import io.github.vanban.core.award.AwardLine;
import io.github.vanban.core.award.Ballot;
import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.CommendationKind;
import io.github.vanban.core.award.CouncilVote;
import io.github.vanban.core.award.DisciplineLevel;
import io.github.vanban.core.award.EmulationMovement;
import io.github.vanban.core.award.HeldAward;
import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.core.award.Initiative;
import io.github.vanban.core.award.InitiativeAuthor;
import io.github.vanban.core.award.InitiativeLevel;
import io.github.vanban.core.award.InitiativeRecognition;
import io.github.vanban.core.award.MemberResult;
import io.github.vanban.core.award.ProposalEntry;
import io.github.vanban.core.award.PublicNotice;
import io.github.vanban.core.award.Regime;
import io.github.vanban.core.award.TaskRating;
import io.github.vanban.core.award.YearResult;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Finding;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.Severity;
import io.github.vanban.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Test vectors of the tdkt rule sets: each vector is a document, the rule set it is checked with, the message keys
 * (rule id + "." + suffix) it must raise with their severity, and the rule ids it must not raise.
 */
class TdktVectorsTest {

    private static final Map<String, DocumentValidator> VALIDATORS = new ConcurrentHashMap<>();

    record Vector(String name, RuleSet ruleSet, Supplier<AdministrativeDocument> document, Map<String, Severity> raises,
                  List<String> notRaises) {
    }

    static ValidationReport validate(RuleSet set, AdministrativeDocument doc) {
        return VALIDATORS.computeIfAbsent(set.id(), k -> DocumentValidator.of(set)).validate(doc, Profile.ISSUED,
                Locale.ENGLISH);
    }

    private static Vector raises(String name, Regime regime, Supplier<AdministrativeDocument> doc, String key,
                                 Severity severity) {
        return new Vector(name, TdktRuleSets.standard(regime), doc, Map.of(key, severity), List.of());
    }

    private static Vector silent(String name, Regime regime, Supplier<AdministrativeDocument> doc, String... ruleIds) {
        return new Vector(name, TdktRuleSets.standard(regime), doc, Map.of(), List.of(ruleIds));
    }

    // ---- clean dossiers -------------------------------------------------------------------------------------

    /** Seven Lao động tiên tiến, one CSTĐ cơ sở, one CSTĐ tỉnh, one Bằng khen, a TTLĐXS and a TTLĐTT. */
    static AdministrativeDocument cleanProposal(Regime regime) {
        int y = year(regime);
        List<ProposalEntry> entries = new ArrayList<>();
        IndividualNominee p1 = person("CN01", "Nguyễn Văn An", y).build();
        for (int i = 1; i <= 7; i++) {
            IndividualNominee p = i == 1 ? p1 : person("CN0" + i, "Cán bộ " + i, y).build();
            entries.add(entry(p, "LDTT"));
        }
        entries.add(entry(p1, "CSTD_CS", "CN01-SK"));
        IndividualNominee p8 = person("CN08", "Trần Thị Bình", y)
                .initiative(initiative("CN08-TINH", y, InitiativeLevel.BO_NGANH_TINH)).build();
        entries.add(entry(p8, "CSTD_BO_TINH"));
        if (regime != Regime.R2017) {
            entries.add(formEntry(person("CN09", "Lê Văn Cường", y).build(), "BK_BO_TINH"));
        }
        entries.add(entry(room("TT01", "Phòng Quản lý khoa học", y).build(), "TTLDXS"));
        entries.add(entry(room("TT02", "Văn phòng Sở", y).build(), "TTLDTT"));
        return proposal(regime, entries).build();
    }

    static AdministrativeDocument cleanDecision(Regime regime) {
        int y = year(regime);
        return AwardFixtures.decision(regime, AwardFixtures.UBND_TINH, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", List.of(
                AwardLine.of(room("TT01", "Phòng Quản lý khoa học", y).build(), Award.title("TTLDXS"), 3_510_000L),
                AwardLine.of(person("CN09", "Lê Văn Cường", y).build(), Award.form("BK_BO_TINH"), null))).build();
    }

    // ---- helpers for the vectors ----------------------------------------------------------------------------

    private static AdministrativeDocument one(Regime regime, ProposalEntry... entries) {
        return proposal(regime, List.of(entries)).build();
    }

    private static IndividualNominee rated(String id, Regime regime, TaskRating rating) {
        int y = year(regime);
        IndividualNominee base = person(id, "Người " + id, y).build();
        List<YearResult> history = new ArrayList<>(base.history());
        history.set(0, YearResult.of(y, rating));
        return new IndividualNominee(base.id(), base.fullName(), null, null, null, null, false, false, null,
                base.initiatives(), history);
    }

    private static IndividualNominee withHistory(String id, Regime regime, List<Initiative> initiatives,
                                                 YearResult... history) {
        return new IndividualNominee(id, "Người " + id, null, null, null, null, false, false, null, initiatives,
                List.of(history));
    }

    private static IndividualNominee disciplined(String id, Regime regime, DisciplineLevel level) {
        int y = year(regime);
        return withHistory(id, regime, List.of(), new YearResult(y, TaskRating.HOAN_THANH_TOT, List.of(), level));
    }

    private static CollectiveNominee collective(String id, Regime regime, TaskRating rating, MemberResult... members) {
        int y = year(regime);
        return new CollectiveNominee(id, "Phòng " + id, false, List.of(members), List.of(),
                List.of(YearResult.of(y, rating), YearResult.of(y - 1, TaskRating.HOAN_THANH_XUAT_SAC)));
    }

    private static MemberResult member(String name, TaskRating rating, DisciplineLevel discipline, String... titles) {
        return new MemberResult(name, rating, Stream.of(titles).map(Award::title).toList(), discipline);
    }

    private static AdministrativeDocument decisionBy(Regime regime, String issuer, String authority, String title,
                                                     IndividualNominee nominee) {
        return AwardFixtures.decision(regime, Organization.named(issuer), authority,
                List.of(AwardLine.of(nominee, Award.title(title), null))).build();
    }

    static List<Vector> vectors() {
        List<Vector> v = new ArrayList<>();
        Regime r17 = Regime.R2017;
        Regime r24 = Regime.R2024;
        Regime r25 = Regime.R2025;
        int y17 = year(r17);
        int y24 = year(r24);
        int y25 = year(r25);
        for (Regime r : Regime.values()) {
            v.add(silent("clean proposal " + r, r, () -> cleanProposal(r)));
            v.add(silent("clean decision " + r, r, () -> cleanDecision(r)));
        }
        // REGIME-01
        v.add(raises("2025 proposal citing Nghị định 98/2023", r25, () -> proposal(r25, List.of(entry(person("A", "A", y25).build(), "LDTT")))
                .body(Body.builder().legalBasis(AwardFixtures.bases(r24).get(1)).build()).build(),
                "TDKT-REGIME-01.superseded", Severity.ERROR));
        v.add(raises("2024 proposal citing Nghị định 91/2017", r24, () -> proposal(r24, List.of(entry(person("A", "A", y24).build(), "LDTT")))
                .body(Body.builder().legalBasis(AwardFixtures.bases(r17).get(1)).build()).build(),
                "TDKT-REGIME-01.superseded", Severity.ERROR));
        v.add(silent("2024 proposal citing Nghị định 98/2023", r24, () -> cleanProposal(r24), "TDKT-REGIME-01"));
        // REGIME-02
        v.add(raises("2024 decision on 2023 achievements", r24, () -> proposal(r24, List.of(entry(person("A", "A", y17).build(), "LDTT")))
                .assessmentYear(y17).build(), "TDKT-REGIME-02.differs", Severity.INFO));
        // AUTH-01
        v.add(raises("a department director confers TTLĐXS", r25, () -> AwardFixtures.decision(r25, AwardFixtures.SO,
                "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", List.of(AwardLine.of(room("T", "Phòng T", y25).build(),
                        Award.title("TTLDXS"), null))).build(), "TDKT-AUTH-01.notCompetent", Severity.ERROR));
        v.add(silent("a commune chairman confers LĐTT in 2025", r25, () -> decisionBy(r25, "Ủy ban nhân dân xã Tân Tiến",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ", "LDTT", person("A", "A", y25).build()), "TDKT-AUTH-01", "TDKT-AUTH-02"));
        v.add(raises("a commune chairman confers LĐTT in 2024", r24, () -> decisionBy(r24, "Ủy ban nhân dân xã Tân Tiến",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ", "LDTT", person("A", "A", y24).build()), "TDKT-AUTH-01.notCompetent",
                Severity.ERROR));
        v.add(silent("a district chairman confers LĐTT in 2024", r24, () -> decisionBy(r24, "Ủy ban nhân dân huyện Tiên Lữ",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN", "LDTT", person("A", "A", y24).build()), "TDKT-AUTH-01"));
        v.add(raises("a commune chairman confers Bằng khen", r25, () -> AwardFixtures.decision(r25,
                Organization.named("Ủy ban nhân dân phường Hiến Nam"), "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG",
                List.of(AwardLine.of(person("A", "A", y25).build(), Award.form("BK_BO_TINH"), null))).build(),
                "TDKT-AUTH-01.notCompetent", Severity.ERROR));
        v.add(raises("2017: the competence matrix only warns", r17, () -> decisionBy(r17, "Sở Khoa học và Công nghệ",
                "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CSTD_BO_TINH", person("A", "A", y17).build()),
                "TDKT-AUTH-01.notCompetent", Severity.WARNING));
        v.add(silent("the chairman of a centrally-run city is a province chairman", r25, () -> AwardFixtures.decision(r25,
                Organization.named("Ủy ban nhân dân thành phố Hà Nội"), "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI",
                List.of(AwardLine.of(room("T", "Phòng T", y25).build(), Award.title("TTLDXS"), null))).build(),
                "TDKT-AUTH-01", "TDKT-AUTH-02"));
        // AUTH-02
        v.add(raises("a district decision after 01/07/2025", r25, () -> decisionBy(r25, "Ủy ban nhân dân huyện Tiên Lữ",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN", "LDTT", person("A", "A", y25).build()), "TDKT-AUTH-02.district",
                Severity.ERROR));
        v.add(raises("a district office's proposal after 01/07/2025", r25, () -> proposal(r25,
                List.of(entry(person("A", "A", y25).build(), "LDTT"))).header(AwardFixtures.header(new Organization(
                "Phòng Nội vụ", "Ủy ban nhân dân huyện Tiên Lữ", "PNV", null), "TTr", date(r25), "Về việc đề nghị"))
                .build(), "TDKT-AUTH-02.district", Severity.ERROR));
        v.add(raises("a city of a province is a district", r25, () -> decisionBy(r25, "Ủy ban nhân dân thành phố Hưng Yên",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ", "LDTT", person("A", "A", y25).build()), "TDKT-AUTH-02.district",
                Severity.ERROR));
        // SUBJ-01
        v.add(raises("Gia đình văn hóa for an individual", r25, () -> one(r25, entry(person("A", "A", y25).build(), "GD_VH")),
                "TDKT-SUBJ-01.subject", Severity.ERROR));
        v.add(raises("xã tiêu biểu before 2024", r17, () -> one(r17, entry(room("X", "Xã X", y17).build(), "XA_TIEU_BIEU")),
                "TDKT-SUBJ-01.notInRegime", Severity.ERROR));
        v.add(raises("an unknown code", r24, () -> one(r24, entry(person("A", "A", y24).build(), "CSTD_HUYEN")),
                "TDKT-SUBJ-01.unknown", Severity.ERROR));
        // LDTT-01
        v.add(raises("LĐTT with only 'hoàn thành'", r24, () -> one(r24, entry(rated("A", r24, TaskRating.HOAN_THANH), "LDTT")),
                "TDKT-LDTT-01.rating", Severity.ERROR));
        v.add(raises("LĐTT without a rating", r25, () -> one(r25, entry(withHistory("A", r25, List.of()), "LDTT")),
                "TDKT-LDTT-01.noRating", Severity.ERROR));
        v.add(silent("LĐTT with 'hoàn thành tốt'", r25, () -> one(r25, entry(rated("A", r25, TaskRating.HOAN_THANH_TOT), "LDTT")),
                "TDKT-LDTT-01"));
        // LDTT-02
        v.add(raises("LĐTT recruited in June", r24, () -> one(r24, entry(person("A", "A", y24)
                .recruitedOn(LocalDate.of(y24, 6, 1)).build(), "LDTT")), "TDKT-LDTT-02.recent", Severity.WARNING));
        v.add(silent("LĐTT recruited in February", r24, () -> one(r24, entry(person("A", "A", y24)
                .recruitedOn(LocalDate.of(y24, 2, 1)).build(), "LDTT")), "TDKT-LDTT-02"));
        v.add(raises("LĐTT disciplined in the year", r24, () -> one(r24, entry(disciplined("A", r24, DisciplineLevel.KHIEN_TRACH),
                "LDTT")), "TDKT-LDTT-02.disciplined", Severity.WARNING));
        // CSCS-01
        v.add(raises("CSTĐ cơ sở without LĐTT", r25, () -> one(r25, entry(person("A", "A", y25).build(), "CSTD_CS", "A-SK")),
                "TDKT-CSCS-01.noLdtt", Severity.ERROR));
        // CSCS-02
        IndividualNominee excellentOnly = withHistory("B", r17, List.of(), YearResult.of(y17, TaskRating.HOAN_THANH_XUAT_SAC));
        v.add(raises("2017: hoàn thành xuất sắc alone is not enough", r17, () -> one(r17, entry(excellentOnly, "LDTT"),
                entry(excellentOnly, "CSTD_CS")), "TDKT-CSCS-02.initiativeRequired", Severity.ERROR));
        IndividualNominee excellent25 = withHistory("B", r25, List.of(), YearResult.of(y25, TaskRating.HOAN_THANH_XUAT_SAC));
        v.add(silent("2025: hoàn thành xuất sắc is enough", r25, () -> one(r25, entry(excellent25, "LDTT"),
                entry(excellent25, "CSTD_CS")), "TDKT-CSCS-02", "TDKT-CSCS-04"));
        IndividualNominee good = withHistory("B", r25, List.of(), YearResult.of(y25, TaskRating.HOAN_THANH_TOT));
        v.add(raises("2025: neither excellence nor an initiative", r25, () -> one(r25, entry(good, "LDTT"),
                entry(good, "CSTD_CS")), "TDKT-CSCS-02.noBasis", Severity.ERROR));
        // CSCS-03
        Supplier<AdministrativeDocument> twoOfSeven = () -> {
            List<ProposalEntry> e = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                IndividualNominee p = person("P" + i, "Người " + i, y17).build();
                e.add(entry(p, "LDTT"));
                if (i <= 2) {
                    e.add(entry(p, "CSTD_CS", "P" + i + "-SK"));
                }
            }
            return proposal(r17, e).build();
        };
        v.add(raises("2017: 2 CSTĐ cơ sở for 7 LĐTT exceed 15%", r17, twoOfSeven, "TDKT-CSCS-03.cap", Severity.ERROR));
        Supplier<AdministrativeDocument> twoOfSeven25 = () -> {
            List<ProposalEntry> e = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                IndividualNominee p = person("P" + i, "Người " + i, y25).build();
                e.add(entry(p, "LDTT"));
                if (i <= 2) {
                    e.add(entry(p, "CSTD_CS", "P" + i + "-SK"));
                }
            }
            return proposal(r25, e).build();
        };
        v.add(silent("2025: no cap by default", r25, twoOfSeven25, "TDKT-CSCS-03"));
        v.add(new Vector("2025: a province's configured 15% cap warns", TdktRuleSets.create("tdkt-2025-capped", r25,
                TdktParameters.defaults(r25).toBuilder().cstdCsCapPercent(15).build()), twoOfSeven25,
                Map.of("TDKT-CSCS-03.cap", Severity.WARNING), List.of()));
        // CSCS-04
        v.add(raises("CSTĐ cơ sở citing an unknown initiative", r24, () -> {
            IndividualNominee a = person("A", "A", y24).build();
            return one(r24, entry(a, "LDTT"), entry(a, "CSTD_CS", "SK-KHONG-CO"));
        }, "TDKT-CSCS-04.unknownInitiative", Severity.ERROR));
        v.add(raises("CSTĐ cơ sở citing an initiative without a decision", r24, () -> {
            Initiative bare = Initiative.builder().id("SK-X").name("Sáng kiến X").author(InitiativeAuthor.sole("A"))
                    .recognition(InitiativeRecognition.builder().level(InitiativeLevel.CO_SO)
                            .decidingBody(AwardFixtures.SO).year(y24).build()).build();
            IndividualNominee a = withHistory("A", r24, List.of(bare), YearResult.of(y24, TaskRating.HOAN_THANH_TOT));
            return one(r24, entry(a, "LDTT"), entry(a, "CSTD_CS", "SK-X"));
        }, "TDKT-CSCS-04.noDecision", Severity.ERROR));
        // CSTDT-01, CSTDT-02
        v.add(raises("CSTĐ tỉnh after two CSTĐ cơ sở", r24, () -> one(r24, entry(withHistory("A", r24,
                List.of(initiative("A-T", y24, InitiativeLevel.BO_NGANH_TINH)),
                YearResult.of(y24 - 1, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_CS")),
                YearResult.of(y24 - 2, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_CS"))), "CSTD_BO_TINH")),
                "TDKT-CSTDT-01.chain", Severity.ERROR));
        v.add(raises("CSTĐ tỉnh with a cơ sở initiative only", r25, () -> one(r25, entry(person("A", "A", y25).build(),
                "CSTD_BO_TINH")), "TDKT-CSTDT-02.scope", Severity.ERROR));
        v.add(raises("2025: a đột xuất CSTĐ cơ sở does not count in the chain", r25, () -> one(r25, entry(withHistory("A", r25,
                List.of(initiative("A-T", y25, InitiativeLevel.BO_NGANH_TINH)),
                new YearResult(y25 - 1, TaskRating.HOAN_THANH_XUAT_SAC, List.of(AwardFixtures.held("CSTD_CS",
                        CommendationKind.DOT_XUAT)), null),
                YearResult.of(y25 - 2, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_CS")),
                YearResult.of(y25 - 3, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_CS"))), "CSTD_BO_TINH")),
                "TDKT-CSTDT-01.chain", Severity.ERROR));
        // CSTDTQ-01
        v.add(raises("CSTĐ toàn quốc after one CSTĐ tỉnh", r25, () -> one(r25, entry(withHistory("A", r25,
                List.of(initiative("A-Q", y25, InitiativeLevel.TOAN_QUOC)),
                YearResult.of(y25 - 1, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_BO_TINH"))), "CSTD_TQ")),
                "TDKT-CSTDTQ-01.chain", Severity.ERROR));
        v.add(raises("CSTĐ toàn quốc without national scope", r25, () -> one(r25, entry(withHistory("A", r25,
                List.of(initiative("A-T", y25, InitiativeLevel.BO_NGANH_TINH)),
                YearResult.of(y25 - 1, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_BO_TINH")),
                YearResult.of(y25 - 4, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_BO_TINH"))), "CSTD_TQ")),
                "TDKT-CSTDTQ-01.scope", Severity.ERROR));
        v.add(silent("CSTĐ toàn quốc after two CSTĐ tỉnh and national scope", r25, () -> one(r25, entry(withHistory("A", r25,
                List.of(initiative("A-Q", y25, InitiativeLevel.TOAN_QUOC)),
                YearResult.of(y25 - 1, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_BO_TINH")),
                YearResult.of(y25 - 4, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("CSTD_BO_TINH"))), "CSTD_TQ")),
                "TDKT-CSTDTQ-01"));
        // VOTE-01, VOTE-02
        Supplier<AdministrativeDocument> sevenOfNine = () -> {
            IndividualNominee a = person("A", "A", y24).build();
            return proposal(r24, List.of(entry(a, "LDTT"), entry(a, "CSTD_CS", "A-SK"))).councilVote(new CouncilVote(
                    null, 9, 9, List.of(new Ballot("A", Award.title("CSTD_CS"), 7)))).build();
        };
        v.add(raises("2024: 7 of 9 votes for CSTĐ cơ sở", r24, sevenOfNine, "TDKT-VOTE-01.below", Severity.ERROR));
        v.add(raises("2024: 8 of 9 votes for CSTĐ tỉnh", r24, () -> {
            IndividualNominee b = person("B", "B", y24).initiative(initiative("B-T", y24, InitiativeLevel.BO_NGANH_TINH))
                    .build();
            return proposal(r24, List.of(entry(b, "CSTD_BO_TINH"))).councilVote(new CouncilVote(null, 9, 9,
                    List.of(new Ballot("B", Award.title("CSTD_BO_TINH"), 8)))).build();
        }, "TDKT-VOTE-01.below", Severity.ERROR));
        v.add(raises("2025: the unverified threshold only warns", r25, () -> {
            IndividualNominee a = person("A", "A", y25).build();
            return proposal(r25, List.of(entry(a, "LDTT"), entry(a, "CSTD_CS", "A-SK"))).councilVote(new CouncilVote(
                    null, 9, 9, List.of(new Ballot("A", Award.title("CSTD_CS"), 7)))).build();
        }, "TDKT-VOTE-01.below", Severity.WARNING));
        v.add(raises("2024: no ballot for CSTĐ cơ sở", r24, () -> {
            IndividualNominee a = person("A", "A", y24).build();
            return proposal(r24, List.of(entry(a, "LDTT"), entry(a, "CSTD_CS", "A-SK"))).councilVote(new CouncilVote(
                    null, 9, 9, List.of())).build();
        }, "TDKT-VOTE-01.noBallot", Severity.ERROR));
        v.add(raises("5 of 9 members present", r24, () -> proposal(r24, List.of(entry(person("A", "A", y24).build(), "LDTT")))
                .councilVote(new CouncilVote(null, 9, 5, List.of())).build(), "TDKT-VOTE-02.quorum", Severity.WARNING));
        v.add(silent("6 of 9 members present", r24, () -> proposal(r24, List.of(entry(person("A", "A", y24).build(), "LDTT")))
                .councilVote(new CouncilVote(null, 9, 6, List.of())).build(), "TDKT-VOTE-02"));
        // TTLDTT-01
        MemberResult ok1 = member("M1", TaskRating.HOAN_THANH_TOT, null, "LDTT");
        MemberResult ok2 = member("M2", TaskRating.HOAN_THANH_TOT, null, "LDTT");
        MemberResult ok3 = member("M3", TaskRating.HOAN_THANH_XUAT_SAC, null, "LDTT", "CSTD_CS");
        v.add(raises("TTLĐTT with a member at cảnh cáo", r24, () -> one(r24, entry(collective("T", r24, TaskRating.HOAN_THANH_TOT,
                ok1, ok2, ok3, member("M4", TaskRating.HOAN_THANH_TOT, DisciplineLevel.CANH_CAO, "LDTT")), "TTLDTT")),
                "TDKT-TTLDTT-01.discipline", Severity.ERROR));
        v.add(silent("TTLĐTT with a member at khiển trách", r24, () -> one(r24, entry(collective("T", r24, TaskRating.HOAN_THANH_TOT,
                ok1, ok2, ok3, member("M4", TaskRating.HOAN_THANH_TOT, DisciplineLevel.KHIEN_TRACH, "LDTT")), "TTLDTT")),
                "TDKT-TTLDTT-01"));
        v.add(raises("TTLĐTT with 2 of 3 LĐTT", r25, () -> one(r25, entry(collective("T", r25, TaskRating.HOAN_THANH_TOT,
                ok1, ok2, member("M3", TaskRating.HOAN_THANH, null)), "TTLDTT")), "TDKT-TTLDTT-01.share", Severity.ERROR));
        v.add(raises("TTLĐTT without members", r25, () -> one(r25, entry(collective("T", r25, TaskRating.HOAN_THANH_TOT), "TTLDTT")),
                "TDKT-TTLDTT-01.noMembers", Severity.ERROR));
        // TTLDXS-01
        v.add(raises("TTLĐXS without a CSTĐ cơ sở", r25, () -> one(r25, entry(collective("T", r25, TaskRating.HOAN_THANH_XUAT_SAC,
                ok1, ok2), "TTLDXS")), "TDKT-TTLDXS-01.noCstd", Severity.ERROR));
        v.add(raises("TTLĐXS rated only good", r25, () -> one(r25, entry(collective("T", r25, TaskRating.HOAN_THANH_TOT,
                ok1, ok2, ok3), "TTLDXS")), "TDKT-TTLDXS-01.rating", Severity.ERROR));
        v.add(raises("TTLĐXS with a member who failed", r24, () -> one(r24, entry(collective("T", r24,
                TaskRating.HOAN_THANH_XUAT_SAC, ok1, ok2, ok3, ok1, ok2, ok3, ok1,
                member("M8", TaskRating.KHONG_HOAN_THANH, null)), "TTLDXS")), "TDKT-TTLDXS-01.incomplete", Severity.ERROR));
        // BK-01, BK-02
        v.add(raises("Bằng khen after one CSTĐ cơ sở", r25, () -> one(r25, formEntry(withHistory("A", r25, List.of(),
                YearResult.of(y25, TaskRating.HOAN_THANH_XUAT_SAC),
                YearResult.of(y25 - 1, TaskRating.HOAN_THANH_TOT, Award.title("CSTD_CS"))), "BK_BO_TINH")),
                "TDKT-BK-01.criterionD", Severity.ERROR));
        v.add(silent("Bằng khen after two excellent years and two initiatives", r25, () -> one(r25, formEntry(withHistory("A", r25,
                List.of(initiative("S1", y25, InitiativeLevel.CO_SO), initiative("S2", y25 - 1, InitiativeLevel.CO_SO)),
                YearResult.of(y25, TaskRating.HOAN_THANH_XUAT_SAC),
                YearResult.of(y25 - 1, TaskRating.HOAN_THANH_XUAT_SAC)), "BK_BO_TINH")), "TDKT-BK-01"));
        v.add(raises("a đột xuất Bằng khen without its achievement", r24, () -> proposal(r24,
                List.of(formEntry(person("A", "A", y24).build(), "BK_BO_TINH"))).kind(CommendationKind.DOT_XUAT).build(),
                "TDKT-BK-01.noAchievement", Severity.ERROR));
        v.add(raises("collective Bằng khen after one excellent year", r24, () -> one(r24, formEntry(new CollectiveNominee("T",
                "Phòng T", false, List.of(), List.of(), List.of(YearResult.of(y24, TaskRating.HOAN_THANH_XUAT_SAC),
                YearResult.of(y24 - 1, TaskRating.HOAN_THANH_TOT))), "BK_BO_TINH")), "TDKT-BK-02.twoYears", Severity.ERROR));
        // GK-01
        v.add(raises("Giấy khen for 'hoàn thành'", r25, () -> one(r25, formEntry(rated("A", r25, TaskRating.HOAN_THANH),
                "GIAY_KHEN")), "TDKT-GK-01.rating", Severity.ERROR));
        v.add(silent("Giấy khen for 'hoàn thành tốt'", r25, () -> one(r25, formEntry(rated("A", r25, TaskRating.HOAN_THANH_TOT),
                "GIAY_KHEN")), "TDKT-GK-01"));
        // ONE-01, ONE-02
        v.add(raises("the same award twice", r17, () -> {
            IndividualNominee a = person("A", "A", y17).build();
            return one(r17, entry(a, "LDTT"), entry(a, "LDTT"));
        }, "TDKT-ONE-01.duplicate", Severity.ERROR));
        v.add(raises("an award already received for the year", r25, () -> one(r25, entry(withHistory("A", r25, List.of(),
                YearResult.of(y25, TaskRating.HOAN_THANH_TOT, Award.title("LDTT"))), "LDTT")),
                "TDKT-ONE-01.alreadyHeld", Severity.ERROR));
        v.add(raises("one initiative for two awards", r24, () -> {
            IndividualNominee a = person("A", "A", y24).build();
            return one(r24, entry(a, "LDTT"), entry(a, "CSTD_CS", "A-SK"), new ProposalEntry(a, Award.form("BK_BO_TINH"),
                    null, List.of("A-SK")));
        }, "TDKT-ONE-02.reused", Severity.WARNING));
        v.add(raises("an initiative used for last year's award", r25, () -> {
            IndividualNominee base = person("A", "A", y25).build();
            List<YearResult> h = new ArrayList<>(base.history());
            h.add(new YearResult(y25 - 5, TaskRating.HOAN_THANH_XUAT_SAC, List.of(new HeldAward(Award.title("CSTD_CS"),
                    CommendationKind.CONG_TRANG, null, List.of("A-SK"))), null));
            IndividualNominee a = new IndividualNominee("A", "A", null, null, null, null, false, false, null,
                    base.initiatives(), h);
            return one(r25, entry(a, "LDTT"), entry(a, "CSTD_CS", "A-SK"));
        }, "TDKT-ONE-02.usedBefore", Severity.WARNING));
        // SK-01
        v.add(raises("authors' shares add up to 90%", r17, () -> {
            Initiative sk = Initiative.builder().id("S").name("Sáng kiến S").author(new InitiativeAuthor("A", 60))
                    .author(new InitiativeAuthor("B", 30)).build();
            return one(r17, entry(withHistory("A", r17, List.of(sk), YearResult.of(y17, TaskRating.HOAN_THANH_TOT)), "LDTT"));
        }, "TDKT-SK-01.shares", Severity.ERROR));
        v.add(raises("recognised before first applied", r25, () -> {
            Initiative sk = Initiative.builder().id("S").name("Sáng kiến S").author(InitiativeAuthor.sole("A"))
                    .firstApplicationDate(LocalDate.of(y25, 3, 1)).recognition(InitiativeRecognition.builder()
                            .level(InitiativeLevel.CO_SO).decidingBody(AwardFixtures.SO).year(y25 - 1).build()).build();
            return one(r25, entry(withHistory("A", r25, List.of(sk), YearResult.of(y25, TaskRating.HOAN_THANH_TOT)), "LDTT"));
        }, "TDKT-SK-01.beforeApplication", Severity.ERROR));
        // MOV-01
        v.add(raises("a phong trào award without a movement", r25, () -> proposal(r25, List.of(new ProposalEntry(
                person("A", "A", y25).build(), Award.form("GIAY_KHEN"), "Dẫn đầu phong trào", List.of())))
                .kind(CommendationKind.PHONG_TRAO).build(), "TDKT-MOV-01.missing", Severity.ERROR));
        v.add(raises("a phong trào award outside the movement", r25, () -> proposal(r25, List.of(new ProposalEntry(
                person("A", "A", y25).build(), Award.form("GIAY_KHEN"), "Dẫn đầu phong trào", List.of())))
                .kind(CommendationKind.PHONG_TRAO).movement(EmulationMovement.builder().name("Phong trào 2021–2022")
                        .launchingAuthority(AwardFixtures.SO).period(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31))
                        .build()).build(), "TDKT-MOV-01.outside", Severity.ERROR));
        // CO-02
        Supplier<io.github.vanban.core.award.AwardProposal.Builder> flag = () -> proposal(r25, List.of(new ProposalEntry(
                room("T", "Phòng T", y25).build(), Award.title("CO_BO_TINH"), "Dẫn đầu phong trào", List.of())))
                .kind(CommendationKind.PHONG_TRAO);
        v.add(raises("a flag for a two-year movement", r25, () -> flag.get().movement(EmulationMovement.builder()
                .name("Phong trào chuyển đổi số").launchingAuthority(AwardFixtures.UBND_TINH)
                .form(io.github.vanban.core.award.MovementForm.CHUYEN_DE)
                .period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)).build()).build(), "TDKT-CO-02.short",
                Severity.ERROR));
        v.add(raises("a flag for an ongoing movement", r25, () -> flag.get().movement(EmulationMovement.builder()
                .name("Phong trào thường xuyên").launchingAuthority(AwardFixtures.UBND_TINH).build()).build(),
                "TDKT-CO-02.notThematic", Severity.ERROR));
        v.add(silent("a flag at the summing-up of a three-year movement", r25, () -> flag.get().movement(
                EmulationMovement.builder().name("Phong trào chuyển đổi số").launchingAuthority(AwardFixtures.UBND_TINH)
                        .form(io.github.vanban.core.award.MovementForm.CHUYEN_DE)
                        .period(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)).build()).build(), "TDKT-CO-02"));
        // MONEY-01
        v.add(raises("LĐTT paid 0,3 × 2.340.000 = 702.000 đồng, not rounded up", r25, () -> AwardFixtures.decision(r25, AwardFixtures.SO,
                "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", List.of(AwardLine.of(person("A", "A", y25).build(),
                        Award.title("LDTT"), 702_000L))).build(), "TDKT-MONEY-01.amount", Severity.ERROR));
        v.add(silent("LĐTT paid 710.000 đồng, rounded up to tens of thousands", r25, () -> AwardFixtures.decision(r25, AwardFixtures.SO,
                "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ", List.of(AwardLine.of(person("A", "A", y25).build(),
                        Award.title("LDTT"), 710_000L))).build(), "TDKT-MONEY-01"));
        // DOSSIER-01
        v.add(raises("2024: LĐTT without an achievement report", r24, () -> proposal(r24,
                List.of(entry(person("A", "A", y24).build(), "LDTT")))
                .entries(List.of(entry(person("B", "B", y24).build(), "LDTT"))).build(),
                "TDKT-DOSSIER-01.noReport", Severity.ERROR));
        v.add(silent("2025: LĐTT dossiers are set by the province", r25, () -> proposal(r25,
                List.of(entry(person("A", "A", y25).build(), "LDTT")))
                .entries(List.of(entry(person("B", "B", y25).build(), "LDTT"))).councilVote(null).build(),
                "TDKT-DOSSIER-01"));
        v.add(raises("2025: TTLĐXS without minutes", r25, () -> proposal(r25, List.of(entry(room("T", "Phòng T", y25).build(),
                "TTLDXS"))).councilVote(null).build(), "TDKT-DOSSIER-01.noMinutes", Severity.ERROR));
        // PUBLIC-01
        Supplier<Draft> order = () -> new Draft(proposal(r25, List.of(new ProposalEntry(
                person("A", "A", y25).build(), Award.form("HC_LAO_DONG", AwardClass.BA), "Cống hiến", List.of()))));
        v.add(raises("an order without public notice", r25, () -> order.get().builder().build(), "TDKT-PUBLIC-01.missing",
                Severity.ERROR));
        v.add(raises("an order published for 9 working days", r25, () -> order.get().builder().publicNotice(new PublicNotice(
                LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 14), "Cổng thông tin điện tử")).build(),
                "TDKT-PUBLIC-01.short", Severity.ERROR));
        v.add(silent("an order published for 10 working days", r25, () -> order.get().builder().publicNotice(new PublicNotice(
                LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 15), "Cổng thông tin điện tử")).build(), "TDKT-PUBLIC-01"));
        // BLOCK-01
        v.add(raises("2025: a disciplined nominee", r25, () -> one(r25, formEntry(disciplined("A", r25, DisciplineLevel.KHIEN_TRACH),
                "GIAY_KHEN")), "TDKT-BLOCK-01.disciplined", Severity.ERROR));
        // NAME-01
        v.add(raises("2025: the former name of the commune title", r25, () -> proposal(r25, List.of(entry(room("X", "Xã X", y25)
                .build(), "XA_TIEU_BIEU"))).header(AwardFixtures.header(AwardFixtures.SO, "TTr", date(r25),
                "Về việc đề nghị tặng danh hiệu xã, phường, thị trấn tiêu biểu")).build(), "TDKT-NAME-01.oldName",
                Severity.WARNING));
        return v;
    }

    /** Holds a proposal builder so that a vector can finish it in several ways. */
    record Draft(io.github.vanban.core.award.AwardProposal.Builder builder) {
    }

    @TestFactory
    Stream<DynamicTest> vectorsRaiseExactlyWhatTheySay() {
        return vectors().stream().map(vector -> DynamicTest.dynamicTest(vector.name(), () -> {
            ValidationReport report = validate(vector.ruleSet(), vector.document().get());
            List<Finding> tdkt = report.findings().stream().filter(f -> f.ruleId().startsWith("TDKT-")).toList();
            assertThat(report.findings()).as("structural findings of %s", vector.name())
                    .filteredOn(f -> !f.ruleId().startsWith("TDKT-")).isEmpty();
            for (Map.Entry<String, Severity> e : vector.raises().entrySet()) {
                assertThat(tdkt).as("%s must raise %s; got %s", vector.name(), e.getKey(), tdkt)
                        .anySatisfy(f -> {
                            assertThat(f.messageKey()).isEqualTo(e.getKey());
                            assertThat(f.severity()).isEqualTo(e.getValue());
                        });
            }
            if (vector.raises().isEmpty() && vector.notRaises().isEmpty()) {
                assertThat(tdkt).as("clean %s", vector.name()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
            }
            for (String id : vector.notRaises()) {
                assertThat(tdkt).as("%s must not raise %s", vector.name(), id).noneMatch(f -> f.ruleId().equals(id));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasAPositiveVector() {
        List<Vector> all = vectors();
        return TdktRuleSets.standard().stream().flatMap(set -> set.ruleIds().stream()).distinct()
                .map(id -> DynamicTest.dynamicTest(id, () -> assertThat(all).as("vectors raising %s", id)
                        .anyMatch(v -> v.raises().keySet().stream().anyMatch(k -> k.startsWith(id + ".")))));
    }
}
