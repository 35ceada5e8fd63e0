package io.github.vanban.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.award.AchievementReport;
import io.github.vanban.core.award.Award;
import io.github.vanban.core.award.AwardClass;
import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardLine;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.award.Ballot;
import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.CommendationKind;
import io.github.vanban.core.award.CouncilVote;
import io.github.vanban.core.award.DisciplineLevel;
import io.github.vanban.core.award.EmulationMovement;
import io.github.vanban.core.award.HeldAward;
import io.github.vanban.core.award.HouseholdNominee;
import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.core.award.Initiative;
import io.github.vanban.core.award.InitiativeAuthor;
import io.github.vanban.core.award.InitiativeKind;
import io.github.vanban.core.award.InitiativeLevel;
import io.github.vanban.core.award.InitiativeRecognition;
import io.github.vanban.core.award.MemberResult;
import io.github.vanban.core.award.MovementCriterion;
import io.github.vanban.core.award.MovementForm;
import io.github.vanban.core.award.ProposalEntry;
import io.github.vanban.core.award.PublicNotice;
import io.github.vanban.core.award.Sex;
import io.github.vanban.core.award.TaskRating;
import io.github.vanban.core.award.YearResult;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.formats.Diagnostic;
import io.github.vanban.formats.DocumentFormats;
import io.github.vanban.formats.Format;
import io.github.vanban.formats.ReadResult;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON of the award documents (tờ trình đề nghị khen thưởng, quyết định khen thưởng): every part round-trips. */
public class AwardJsonTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final Organization SO = new Organization("Sở Khoa học và Công nghệ", "UBND tỉnh Hưng Yên", "SKHCN", null);

    public static Initiative initiative() {
        return Initiative.builder().id("SK-01").name("Phần mềm theo dõi nhiệm vụ").kind(InitiativeKind.SANG_KIEN)
                .author(new InitiativeAuthor("Nguyễn Văn An", 70)).author(new InitiativeAuthor("Trần Thị Bình", 30))
                .firstApplicationDate(LocalDate.of(2025, 3, 1))
                .recognition(InitiativeRecognition.builder().level(InitiativeLevel.CO_SO).decidingBody(SO)
                        .decision(new DocumentReference(DocumentType.QUYET_DINH, null, DocumentNumber.of(112, "QĐ", "SKHCN"),
                                LocalDate.of(2025, 11, 28), "Sở Khoa học và Công nghệ")).year(2025).build())
                .recognition(InitiativeRecognition.builder().level(InitiativeLevel.BO_NGANH_TINH)
                        .scopeOfEffect(InitiativeLevel.TOAN_QUOC).decidingBody(Organization.named("UBND tỉnh Hưng Yên"))
                        .year(2025).build())
                .build();
    }

    static IndividualNominee an() {
        return IndividualNominee.builder().id("CN01").fullName("Nguyễn Văn An").sex(Sex.MALE)
                .birthDate(LocalDate.of(1980, 5, 17)).position("Trưởng phòng").unit("Phòng Quản lý khoa học")
                .directWorker(false).armedForces(false).recruitedOn(LocalDate.of(2005, 9, 1)).initiative(initiative())
                .result(YearResult.of(2025, TaskRating.HOAN_THANH_XUAT_SAC))
                .result(new YearResult(2024, TaskRating.HOAN_THANH_TOT, List.of(new HeldAward(Award.title("CSTD_CS"),
                        CommendationKind.CONG_TRANG, new DocumentReference(DocumentType.QUYET_DINH, null,
                        DocumentNumber.of(20, "QĐ", "SKHCN"), LocalDate.of(2024, 12, 28), "Sở Khoa học và Công nghệ"),
                        List.of("SK-00"))), DisciplineLevel.KHIEN_TRACH))
                .build();
    }

    static CollectiveNominee room() {
        return CollectiveNominee.builder().id("TT01").name("Phòng Quản lý khoa học").armedForces(false)
                .member(new MemberResult("Nguyễn Văn An", TaskRating.HOAN_THANH_XUAT_SAC,
                        List.of(Award.title("LDTT"), Award.title("CSTD_CS")), null))
                .member(new MemberResult("Mai Văn Nam", null, List.of(), DisciplineLevel.CANH_CAO))
                .result(YearResult.of(2025, TaskRating.HOAN_THANH_XUAT_SAC)).build();
    }

    static Header header(String group, LocalDate date) {
        return Header.builder().issuer(SO).number(DocumentNumber.of(45, group, "SKHCN"))
                .placeAndDate(PlaceAndDate.of("Hưng Yên", PartialDate.of(date))).subject("Về việc khen thưởng năm 2025")
                .build();
    }

    public static AwardProposal proposal() {
        return AwardProposal.builder().header(header("TTr", LocalDate.of(2025, 12, 20)))
                .body(Body.builder().legalBasis(LegalBasis.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"))
                        .add(Paragraph.of("Đề nghị khen thưởng (có danh sách kèm theo).")).endMark(true).build())
                .closing(Closing.of(SignatureBlock.of("Nguyễn Văn Minh", AuthorityLine.of("GIÁM ĐỐC")),
                        new Recipients(List.of(Recipient.of("Ủy ban nhân dân tỉnh Hưng Yên")), List.of(Recipient.of("Như trên")),
                                null)))
                .kind(CommendationKind.PHONG_TRAO).assessmentYear(2025)
                .movement(EmulationMovement.builder().name("Đổi mới sáng tạo, ứng dụng tiến bộ khoa học và công nghệ")
                        .launchingAuthority(SO).launchingDocument(new DocumentReference(DocumentType.KE_HOACH, null,
                                DocumentNumber.of(12, "KH", "SKHCN"), LocalDate.of(2023, 1, 10), "Sở Khoa học và Công nghệ"))
                        .form(MovementForm.CHUYEN_DE).period(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))
                        .target("Mỗi phòng có 01 sáng kiến").criterion(new MovementCriterion("cá nhân", "Có sáng kiến", true))
                        .build())
                .entry(new ProposalEntry(an(), Award.title("CSTD_CS"), "Sáng kiến cấp cơ sở", List.of("SK-01")))
                .entry(ProposalEntry.of(an(), Award.form("HC_LAO_DONG", AwardClass.BA)))
                .entry(ProposalEntry.of(room(), Award.title("TTLDXS")))
                .entry(ProposalEntry.of(new HouseholdNominee("HGD01", "Lê Văn Cường", "thôn Đông, xã Tân Tiến",
                        List.of(new YearResult(2024, null, List.of(HeldAward.of(Award.title("GD_VH"))), null))), Award.title("GD_VH")))
                .report(new AchievementReport("CN01", "Báo cáo thành tích", "Trưởng phòng", "Sở Khoa học và Công nghệ"))
                .councilVote(new CouncilVote(LocalDate.of(2025, 12, 15), 9, 8,
                        List.of(new Ballot("CN01", Award.title("CSTD_CS"), 8))))
                .publicNotice(new PublicNotice(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 14), "Cổng thông tin"))
                .build();
    }

    public static AwardDecision decision() {
        return AwardDecision.builder().header(header("QĐ", LocalDate.of(2025, 12, 28)))
                .enactingAuthority("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
                .body(Body.builder().legalBasis(LegalBasis.of("Căn cứ Nghị định số 152/2025/NĐ-CP;")).endMark(true).build())
                .kind(CommendationKind.CONG_TRANG).assessmentYear(2025)
                .line(new AwardLine(room(), Award.title("TTLDXS"), 3_510_000L, List.of()))
                .line(new AwardLine(an(), Award.form("BK_BO_TINH"), null, List.of("SK-01")))
                .fundSource("Quỹ thi đua, khen thưởng của tỉnh").build();
    }

    @Test
    void proposalsAndDecisionsRoundTrip() {
        for (AdministrativeDocument doc : List.of(proposal(), decision())) {
            String json = DocumentFormats.writeToString(doc, Format.JSON);
            ReadResult back = DocumentFormats.read(new StringReader(json), Format.JSON);
            assertThat(back.diagnostics()).as(json).isEmpty();
            assertThat(back.document()).isEqualTo(doc);
        }
    }

    @Test
    void theShapeUsesDiscriminatorsAndComponentNames() {
        JsonNode tree = TREES.readTree(DocumentFormats.writeToString(proposal(), Format.JSON));
        assertThat(tree.get("type").asString()).isEqualTo("TO_TRINH_KHEN_THUONG");
        assertThat(tree.at("/entries/0/nominee/kind").asString()).isEqualTo("individual");
        assertThat(tree.at("/entries/2/nominee/kind").asString()).isEqualTo("collective");
        assertThat(tree.at("/entries/3/nominee/kind").asString()).isEqualTo("household");
        assertThat(tree.at("/entries/1/award/awardClass").asString()).isEqualTo("BA");
        assertThat(tree.at("/entries/0/nominee/initiatives/0/recognitions/1/scopeOfEffect").asString())
                .isEqualTo("TOAN_QUOC");
        assertThat(tree.at("/publicNotice/from").asString()).isEqualTo("2025-11-03");
        assertThat(tree.at("/header/number/codeNumber").asString()).isEqualTo("45");
        assertThat(tree.at("/entries/0/nominee/displayName").isMissingNode()).isTrue();
        JsonNode decision = TREES.readTree(DocumentFormats.writeToString(decision(), Format.JSON));
        assertThat(decision.get("type").asString()).isEqualTo("QUYET_DINH_KHEN_THUONG");
        assertThat(decision.at("/lines/0/amount").asLong()).isEqualTo(3_510_000L);
        assertThat(decision.at("/lines/1/amount").isMissingNode()).isTrue();
    }

    @Test
    void aPlainTờTrìnhStaysASubmission() {
        String json = "{\"type\":\"TO_TRINH\",\"header\":{},\"body\":{},\"closing\":{\"recipients\":{}}}";
        ReadResult r = DocumentFormats.read(new StringReader(json), Format.JSON);
        assertThat(r.document()).isInstanceOf(io.github.vanban.core.document.Submission.class);
    }

    @Test
    void anUnknownNomineeKindIsALocatedError() {
        String json = DocumentFormats.writeToString(proposal(), Format.JSON).replace("\"household\"", "\"family\"");
        ReadResult r = DocumentFormats.read(new StringReader(json), Format.JSON);
        assertThat(r.document()).isNull();
        assertThat(r.diagnostics()).extracting(Diagnostic::severity).contains(Diagnostic.Severity.ERROR);
        assertThat(r.diagnostics().get(0).toString()).contains("/entries/3/nominee");
    }
}
