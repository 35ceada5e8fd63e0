package io.github.vanban.core.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.body.Body;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.document.AdministrativeDocument;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.Decision;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.core.document.Submission;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AwardDocumentsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void tearDown() {
        factory.close();
    }

    private static Header header(String notation, LocalDate date) {
        return Header.builder().issuer(new Organization("Sở Khoa học và Công nghệ", "UBND tỉnh Hưng Yên", "SKHCN", null))
                .number(DocumentNumber.of(15, notation, "SKHCN"))
                .placeAndDate(PlaceAndDate.of("Hưng Yên", PartialDate.of(date)))
                .subject("Về việc đề nghị khen thưởng năm 2023").build();
    }

    private static IndividualNominee an() {
        return IndividualNominee.builder().id("CN01").fullName("Nguyễn Văn An")
                .result(YearResult.of(2023, TaskRating.HOAN_THANH_XUAT_SAC)).build();
    }

    @Test
    void aProposalIsATờTrìnhAndADecisionIsAQuyếtĐịnh() {
        AwardProposal p = AwardProposal.builder().header(header("TTr", LocalDate.of(2023, 12, 22)))
                .kind(CommendationKind.CONG_TRANG).assessmentYear(2023)
                .entry(ProposalEntry.of(an(), Award.title("CSTD_CS"), "SK-01"))
                .report(new AchievementReport("CN01", "Hoàn thành xuất sắc nhiệm vụ", "Trưởng phòng", null))
                .councilVote(new CouncilVote(LocalDate.of(2023, 12, 20), 9, 9,
                        List.of(new Ballot("CN01", Award.title("CSTD_CS"), 9))))
                .build();
        AdministrativeDocument doc = p;
        assertThat(doc.type()).isEqualTo(DocumentType.TO_TRINH);
        assertThat(doc.number()).map(DocumentNumber::format).contains("Số: 15/TTr-SKHCN");
        assertThat(p.date()).contains(LocalDate.of(2023, 12, 22));
        assertThat(p.entries().get(0).basisInitiatives()).containsExactly("SK-01");
        assertThat(p.toBuilder().build()).isEqualTo(p);

        AwardDecision d = AwardDecision.builder().header(header("QĐ", LocalDate.of(2025, 7, 10)))
                .enactingAuthority(" GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ ")
                .line(AwardLine.of(an(), Award.title("LDTT"), 702_000L)).fundSource("Quỹ thi đua, khen thưởng").build();
        doc = d;
        assertThat(doc.type()).isEqualTo(DocumentType.QUYET_DINH);
        assertThat(d.enactingAuthority()).isEqualTo("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(d.decisionDate()).map(Regime::on).contains(Regime.R2025);
        assertThat(d.lines().get(0).amount()).isEqualTo(702_000L);
    }

    @Test
    void aDraftDateGivesNoDecisionDate() {
        Header draft = Header.builder().placeAndDate(PlaceAndDate.of("Hưng Yên", PartialDate.ofMonth(2025, 7))).build();
        assertThat(AwardDecision.builder().header(draft).build().decisionDate()).isEmpty();
        assertThat(AwardProposal.builder().header(Header.builder().build()).build().date()).isEmpty();
    }

    @Test
    void theFactoryStillBuildsThePlainRecords() {
        assertThat(AdministrativeDocument.of(DocumentType.TO_TRINH, Header.builder().build(), Body.EMPTY, Closing.EMPTY))
                .isInstanceOf(Submission.class);
        assertThat(AdministrativeDocument.of(DocumentType.QUYET_DINH, Header.builder().build(), Body.EMPTY,
                Closing.EMPTY)).isInstanceOf(Decision.class);
    }

    @Test
    void buildersNeedAHeader() {
        assertThatThrownBy(() -> AwardProposal.builder().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AwardDecision.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void structuralConstraintsReachIntoTheDossier() {
        IndividualNominee nameless = new IndividualNominee("CN02", " ", null, null, null, null, false, false, null,
                List.of(), List.of(new YearResult(20, null, List.of(), null)));
        AwardProposal p = AwardProposal.builder().header(header("TTr", LocalDate.of(2023, 12, 22)))
                .assessmentYear(1800)
                .entry(ProposalEntry.of(nameless, Award.title("LDTT")))
                .councilVote(new CouncilVote(null, 9, 9, List.of(new Ballot(" ", Award.title("LDTT"), 1))))
                .build();
        Set<String> paths = validator.validate(p).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        assertThat(paths).containsExactlyInAnyOrder("assessmentYear", "entries[0].nominee.fullName",
                "entries[0].nominee.history[0].year", "councilVote.ballots[0].nomineeId");
    }

    @Test
    void aValidDossierHasNoViolations() {
        AwardDecision d = AwardDecision.builder().header(header("QĐ", LocalDate.of(2023, 12, 28)))
                .kind(CommendationKind.CONG_TRANG).assessmentYear(2023)
                .line(AwardLine.of(an(), Award.title("LDTT"), null)).build();
        Set<ConstraintViolation<AwardDecision>> violations = validator.validate(d);
        assertThat(violations).isEmpty();
    }
}
