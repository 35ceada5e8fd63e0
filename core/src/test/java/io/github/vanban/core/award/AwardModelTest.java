package io.github.vanban.core.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.document.DocumentType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardModelTest {

    private static final Organization SO = Organization.named("Sở Khoa học và Công nghệ");

    @Test
    void aTitleHasNoClass() {
        assertThat(Award.title(" LDTT ").code()).isEqualTo("LDTT");
        assertThat(Award.title("LDTT").isTitle()).isTrue();
        assertThat(Award.form("GIAY_KHEN").isTitle()).isFalse();
        assertThatThrownBy(() -> new Award(Award.Category.TITLE, "LDTT", AwardClass.BA))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an emulation title has no class: LDTT");
    }

    @Test
    void aConferralNeedsARegime() {
        assertThatThrownBy(() -> new Conferral(AuthorityLevel.THU_TUONG, EnumSet.noneOf(Regime.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("THU_TUONG");
        assertThat(Conferral.in(AuthorityLevel.CHU_TICH_UBND_XA, Regime.R2025).regimes()).containsExactly(Regime.R2025);
    }

    @Test
    void builderRequiresCodeNameSubjectsAndRegimes() {
        assertThatThrownBy(() -> EmulationTitle.builder().name("X").build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EmulationTitle.builder().code("X").name("X").regimes(Regime.R2025).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("title X needs subjects and regimes");
        assertThatThrownBy(() -> CommendationForm.builder().code("X").name("X").subjects(SubjectType.INDIVIDUAL)
                .regimes(Regime.R2025).build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void ratingsAndDisciplineAreOrdered() {
        assertThat(TaskRating.HOAN_THANH_XUAT_SAC.atLeast(TaskRating.HOAN_THANH_TOT)).isTrue();
        assertThat(TaskRating.HOAN_THANH.atLeast(TaskRating.HOAN_THANH_TOT)).isFalse();
        assertThat(DisciplineLevel.KHIEN_TRACH.isWarningOrAbove()).isFalse();
        assertThat(DisciplineLevel.CANH_CAO.isWarningOrAbove()).isTrue();
        assertThat(DisciplineLevel.BUOC_THOI_VIEC.isWarningOrAbove()).isTrue();
        assertThat(InitiativeLevel.TOAN_QUOC.atLeast(InitiativeLevel.BO_NGANH_TINH)).isTrue();
        assertThat(InitiativeLevel.CO_SO.atLeast(InitiativeLevel.BO_NGANH_TINH)).isFalse();
    }

    @Test
    void anInitiativeKnowsItsWidestRecognisedScopeByYear() {
        Initiative sk = Initiative.builder().id("SK-01").name("Phần mềm quản lý đề tài")
                .author(InitiativeAuthor.sole("Nguyễn Văn An")).firstApplicationDate(LocalDate.of(2022, 3, 1))
                .recognition(InitiativeRecognition.builder().level(InitiativeLevel.CO_SO).decidingBody(SO)
                        .decision(new DocumentReference(DocumentType.QUYET_DINH, null, DocumentNumber.of(12, "QĐ", "SKHCN"),
                                LocalDate.of(2022, 11, 20), "Sở Khoa học và Công nghệ"))
                        .year(2022).build())
                .recognition(InitiativeRecognition.builder().level(InitiativeLevel.BO_NGANH_TINH)
                        .decidingBody(Organization.named("UBND tỉnh Hưng Yên")).year(2024).build())
                .build();
        assertThat(sk.kind()).isEqualTo(InitiativeKind.SANG_KIEN);
        assertThat(sk.widestScope()).contains(InitiativeLevel.BO_NGANH_TINH);
        assertThat(sk.isRecognisedAtLeast(InitiativeLevel.BO_NGANH_TINH, 2023)).isFalse();
        assertThat(sk.isRecognisedAtLeast(InitiativeLevel.BO_NGANH_TINH, 2024)).isTrue();
        assertThat(sk.isRecognisedAtLeast(InitiativeLevel.CO_SO, 2022)).isTrue();
        assertThat(sk.recognitions().get(0).scopeOfEffect()).isEqualTo(InitiativeLevel.CO_SO);
        assertThat(Initiative.builder().id("X").name("Y").build().widestScope()).isEmpty();
    }

    @Test
    void aRecognisedScopeCannotBeNarrowerThanTheLevel() {
        assertThatThrownBy(() -> new InitiativeRecognition(InitiativeLevel.BO_NGANH_TINH, InitiativeLevel.CO_SO, SO,
                null, 2024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InitiativeRecognition.builder().level(InitiativeLevel.CO_SO).build())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMovementRunsWithinItsPeriod() {
        EmulationMovement m = EmulationMovement.builder()
                .name("Đổi mới sáng tạo, ứng dụng tiến bộ khoa học và công nghệ vào thực tiễn sản xuất và đời sống")
                .launchingAuthority(SO).form(MovementForm.CHUYEN_DE)
                .period(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31))
                .target("Mỗi phòng có ít nhất 01 sáng kiến được công nhận")
                .criterion(new MovementCriterion("cá nhân", "Có sáng kiến được áp dụng", true)).build();
        assertThat(m.isRunningOn(LocalDate.of(2024, 5, 1))).isTrue();
        assertThat(m.isRunningOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(m.criteria()).singleElement().extracting(MovementCriterion::mandatory).isEqualTo(true);
        assertThatThrownBy(() -> EmulationMovement.builder().name("X").launchingAuthority(SO)
                .period(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
        assertThat(EmulationMovement.builder().name("X").launchingAuthority(SO).build().isRunningOn(LocalDate.MIN))
                .isTrue();
    }

    @Test
    void nomineesExposeTheirHistoryByYear() {
        IndividualNominee an = IndividualNominee.builder().id("CN01").fullName("Nguyễn Văn An").sex(Sex.MALE)
                .result(YearResult.of(2022, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("LDTT"), Award.title("CSTD_CS")))
                .result(YearResult.of(2021, TaskRating.HOAN_THANH_TOT, Award.title("LDTT"))).build();
        assertThat(an.subjectType()).isEqualTo(SubjectType.INDIVIDUAL);
        assertThat(an.displayName()).isEqualTo("Nguyễn Văn An");
        assertThat(an.result(2022).orElseThrow().holds("CSTD_CS")).isTrue();
        assertThat(an.result(2021).orElseThrow().holds("CSTD_CS")).isFalse();
        assertThat(an.result(2020)).isEmpty();
        assertThat(an.toBuilder().build()).isEqualTo(an);

        CollectiveNominee room = CollectiveNominee.builder().id("TT01").name("Phòng Quản lý khoa học")
                .member(new MemberResult("Trần Thị Bình", TaskRating.HOAN_THANH_TOT, List.of(Award.title("LDTT")), null))
                .build();
        assertThat(room.subjectType()).isEqualTo(SubjectType.COLLECTIVE);
        assertThat(room.members().get(0).holds("LDTT")).isTrue();

        HouseholdNominee h = new HouseholdNominee("HGD01", "Lê Văn Cường", "thôn Đông, xã Tân Tiến", List.of());
        assertThat(h.subjectType()).isEqualTo(SubjectType.HOUSEHOLD);
        assertThat(h.displayName()).isEqualTo("Hộ ông/bà Lê Văn Cường");
    }

    @Test
    void countsCannotBeNegativeOrImpossible() {
        assertThatThrownBy(() -> new CouncilVote(null, 7, 8, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ballot("CN01", Award.title("LDTT"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AwardLine.of(new HouseholdNominee("H", "X", null, List.of()), Award.form("GIAY_KHEN"), -5L))
                .isInstanceOf(IllegalArgumentException.class);
        CouncilVote vote = new CouncilVote(LocalDate.of(2023, 12, 20), 9, 8,
                List.of(new Ballot("CN01", Award.title("CSTD_CS"), 8)));
        assertThat(vote.ballot("CN01", Award.title("CSTD_CS"))).map(Ballot::votesFor).contains(8);
        assertThat(vote.ballot("CN01", Award.title("LDTT"))).isEmpty();
    }

    @Test
    void aPublicNoticeCountsWorkingDays() {
        // 2025-08-04 is a Monday: two full weeks are 10 working days
        assertThat(new PublicNotice(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 15), "Cổng thông tin điện tử")
                .workingDays()).isEqualTo(10);
        assertThat(new PublicNotice(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 14), null).workingDays()).isEqualTo(9);
        assertThat(new PublicNotice(LocalDate.of(2025, 8, 9), LocalDate.of(2025, 8, 10), " ").workingDays()).isZero();
        assertThatThrownBy(() -> new PublicNotice(LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 1), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
