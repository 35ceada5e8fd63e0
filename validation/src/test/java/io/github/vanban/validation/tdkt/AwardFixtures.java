package io.github.vanban.validation.tdkt;

import io.github.vanban.core.award.AchievementReport;
import io.github.vanban.core.award.Award;
import io.github.vanban.core.award.AwardDecision;
import io.github.vanban.core.award.AwardLine;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.award.Ballot;
import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.CommendationKind;
import io.github.vanban.core.award.CouncilVote;
import io.github.vanban.core.award.HeldAward;
import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.core.award.Initiative;
import io.github.vanban.core.award.InitiativeAuthor;
import io.github.vanban.core.award.InitiativeLevel;
import io.github.vanban.core.award.InitiativeRecognition;
import io.github.vanban.core.award.MemberResult;
import io.github.vanban.core.award.Nominee;
import io.github.vanban.core.award.ProposalEntry;
import io.github.vanban.core.award.Regime;
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
import io.github.vanban.core.component.SigningAuthority;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean award dossiers for the test vectors: each passes its regime's tdkt rule set without an ERROR or WARNING.
 * Nominees are built for an assessment year {@code y} with a clean history: hoàn thành xuất sắc nhiệm vụ every
 * year, Lao động tiên tiến and Chiến sĩ thi đua cơ sở in the three years before, an initiative recognised at cơ
 * sở level in {@code y} (with its decision) and one of provincial scope.
 */
final class AwardFixtures {

    static final Organization SO = new Organization("Sở Khoa học và Công nghệ", "UBND tỉnh Hưng Yên", "SKHCN", null);
    static final Organization UBND_TINH = new Organization("Ủy ban nhân dân tỉnh Hưng Yên", null, "UBND", null);

    private AwardFixtures() {
    }

    /** @return the assessment year used with a regime */
    static int year(Regime regime) {
        return switch (regime) {
            case R2017 -> 2023;
            case R2024 -> 2024;
            case R2025 -> 2025;
        };
    }

    /** @return the document date used with a regime: 20 December of its year */
    static LocalDate date(Regime regime) {
        return LocalDate.of(year(regime), 12, 20);
    }

    static List<LegalBasis> bases(Regime regime) {
        return switch (regime) {
            case R2017 -> List.of(
                    LegalBasis.of("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;"),
                    LegalBasis.of("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng."));
            case R2024 -> List.of(
                    LegalBasis.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;"),
                    LegalBasis.of("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng."));
            case R2025 -> List.of(
                    LegalBasis.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;"),
                    LegalBasis.of("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng."));
        };
    }

    static Header header(Organization issuer, String typeGroup, LocalDate date, String subject) {
        return Header.builder().issuer(issuer).number(DocumentNumber.of(25, typeGroup, issuer.abbreviation()))
                .placeAndDate(PlaceAndDate.of("Hưng Yên", PartialDate.of(date))).subject(subject).build();
    }

    static Initiative initiative(String id, int year, InitiativeLevel scope) {
        InitiativeRecognition.Builder r = InitiativeRecognition.builder().level(InitiativeLevel.CO_SO).decidingBody(SO)
                .decision(new DocumentReference(DocumentType.QUYET_DINH, null, DocumentNumber.of(30, "QĐ", "SKHCN"),
                        LocalDate.of(year, 11, 30), "Sở Khoa học và Công nghệ"))
                .year(year);
        Initiative.Builder b = Initiative.builder().id(id).name("Sáng kiến " + id)
                .author(InitiativeAuthor.sole("Tác giả " + id)).firstApplicationDate(LocalDate.of(year, 3, 1))
                .recognition(r.build());
        if (scope != InitiativeLevel.CO_SO) {
            b.recognition(InitiativeRecognition.builder().level(scope).decidingBody(UBND_TINH).year(year).build());
        }
        return b.build();
    }

    /** @return an individual with a clean three-year chain of CSTĐ cơ sở before {@code y} */
    static IndividualNominee.Builder person(String id, String name, int y) {
        IndividualNominee.Builder b = IndividualNominee.builder().id(id).fullName(name).position("Chuyên viên")
                .unit("Phòng Quản lý khoa học").directWorker(true).recruitedOn(LocalDate.of(2010, 9, 1))
                .initiative(initiative(id + "-SK", y, InitiativeLevel.CO_SO))
                .result(YearResult.of(y, TaskRating.HOAN_THANH_XUAT_SAC));
        for (int k = 1; k <= 3; k++) {
            b.result(YearResult.of(y - k, TaskRating.HOAN_THANH_XUAT_SAC, Award.title("LDTT"), Award.title("CSTD_CS")));
        }
        return b;
    }

    /** @return a collective whose members make it Tập thể lao động xuất sắc in {@code y} */
    static CollectiveNominee.Builder room(String id, String name, int y) {
        CollectiveNominee.Builder b = CollectiveNominee.builder().id(id).name(name)
                .result(YearResult.of(y, TaskRating.HOAN_THANH_XUAT_SAC))
                .result(YearResult.of(y - 1, TaskRating.HOAN_THANH_XUAT_SAC));
        b.member(new MemberResult("Trưởng phòng " + id, TaskRating.HOAN_THANH_XUAT_SAC,
                List.of(Award.title("LDTT"), Award.title("CSTD_CS")), null));
        for (int k = 1; k <= 4; k++) {
            b.member(new MemberResult("Thành viên " + id + "-" + k, TaskRating.HOAN_THANH_TOT,
                    List.of(Award.title("LDTT")), null));
        }
        return b;
    }

    /** @return a proposal of a regime with its entries, reports for every nominee and a unanimous ballot */
    static AwardProposal.Builder proposal(Regime regime, List<ProposalEntry> entries) {
        List<Ballot> ballots = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        AwardProposal.Builder b = AwardProposal.builder()
                .header(header(SO, "TTr", date(regime), "Về việc đề nghị khen thưởng năm " + year(regime)))
                .body(Body.builder().legalBasis(bases(regime).get(0)).legalBasis(bases(regime).get(1))
                        .add(Paragraph.of("Sở Khoa học và Công nghệ đề nghị khen thưởng (có danh sách kèm theo)."))
                        .endMark(true).build())
                .closing(Closing.of(SignatureBlock.of("Nguyễn Văn Hùng", AuthorityLine.of("GIÁM ĐỐC")),
                        new Recipients(List.of(Recipient.of("Ủy ban nhân dân tỉnh Hưng Yên")),
                                List.of(Recipient.of("Như trên")), null)))
                .kind(CommendationKind.CONG_TRANG).assessmentYear(year(regime)).entries(entries);
        for (ProposalEntry e : entries) {
            ballots.add(new Ballot(e.nominee().id(), e.award(), 9));
            if (!reported.contains(e.nominee().id())) {
                reported.add(e.nominee().id());
                b.report(new AchievementReport(e.nominee().id(), "Hoàn thành xuất sắc nhiệm vụ năm " + year(regime),
                        "Trưởng phòng", "Sở Khoa học và Công nghệ"));
            }
        }
        return b.councilVote(new CouncilVote(date(regime).minusDays(5), 9, 9, ballots));
    }

    /** @return a decision of a regime, signed by the issuer's head with the enacting authority given */
    static AwardDecision.Builder decision(Regime regime, Organization issuer, String enactingAuthority,
                                          List<AwardLine> lines) {
        AwardDecision.Builder b = AwardDecision.builder()
                .header(header(issuer, "QĐ", date(regime), "Về việc tặng danh hiệu thi đua năm " + year(regime)))
                .enactingAuthority(enactingAuthority)
                .body(Body.builder().legalBasis(bases(regime).get(0)).legalBasis(bases(regime).get(1)).endMark(true)
                        .build())
                .kind(CommendationKind.CONG_TRANG).assessmentYear(year(regime)).fundSource("Quỹ thi đua, khen thưởng");
        lines.forEach(b::line);
        return b;
    }

    static ProposalEntry entry(Nominee nominee, String title, String... basis) {
        return ProposalEntry.of(nominee, Award.title(title), basis);
    }

    static ProposalEntry formEntry(Nominee nominee, String form) {
        return ProposalEntry.of(nominee, Award.form(form));
    }

    static HeldAward held(String code, CommendationKind kind) {
        return new HeldAward(Award.title(code), kind, null, List.of());
    }
}
