package io.github.vanban.examples;

import io.github.vanban.core.award.AchievementReport;
import io.github.vanban.core.award.Award;
import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.award.Ballot;
import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.CommendationKind;
import io.github.vanban.core.award.CouncilVote;
import io.github.vanban.core.award.EmulationMovement;
import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.core.award.Initiative;
import io.github.vanban.core.award.InitiativeAuthor;
import io.github.vanban.core.award.InitiativeKind;
import io.github.vanban.core.award.InitiativeLevel;
import io.github.vanban.core.award.InitiativeRecognition;
import io.github.vanban.core.award.MemberResult;
import io.github.vanban.core.award.MovementForm;
import io.github.vanban.core.award.Nominee;
import io.github.vanban.core.award.ProposalEntry;
import io.github.vanban.core.award.Sex;
import io.github.vanban.core.award.TaskRating;
import io.github.vanban.core.award.YearResult;
import io.github.vanban.core.body.Body;
import io.github.vanban.core.body.LegalBasis;
import io.github.vanban.core.body.Paragraph;
import io.github.vanban.core.component.ArchiveLine;
import io.github.vanban.core.component.AuthorityLine;
import io.github.vanban.core.component.DocumentNumber;
import io.github.vanban.core.component.DocumentReference;
import io.github.vanban.core.component.Organization;
import io.github.vanban.core.component.PartialDate;
import io.github.vanban.core.component.PlaceAndDate;
import io.github.vanban.core.component.Recipient;
import io.github.vanban.core.component.Recipients;
import io.github.vanban.core.component.SignatureBlock;
import io.github.vanban.core.document.Closing;
import io.github.vanban.core.document.DocumentType;
import io.github.vanban.core.document.Header;
import io.github.vanban.validation.DocumentValidator;
import io.github.vanban.validation.Finding;
import io.github.vanban.validation.Profile;
import io.github.vanban.validation.RuleSet;
import io.github.vanban.validation.RuleSets;
import io.github.vanban.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tờ trình đề nghị khen thưởng, checked under two regimes: a Sở Khoa học và Công nghệ proposes the yearly
 * emulation titles for 10 individuals (Lao động tiên tiến, three of them also Chiến sĩ thi đua cơ sở) and 2
 * collectives (Tập thể lao động xuất sắc, Tập thể lao động tiên tiến). The same facts are dated once in December
 * 2023 and once in December 2025; {@code RuleSets.forDate("tdkt", date)} picks {@code tdkt-2017} and
 * {@code tdkt-2025}, and the outcomes differ because the law did:
 *
 * <ul>
 *   <li>until 2023 a Chiến sĩ thi đua cơ sở needed a recognised initiative (hoàn thành xuất sắc alone was not
 *       enough) and at most 15% of the Lao động tiên tiến could get it (Nghị định 91/2017/NĐ-CP, Điều 9 k3);</li>
 *   <li>from 2024 hoàn thành xuất sắc is an alternative and the cap is gone (Điều 23, Luật Thi đua, khen thưởng
 *       2022), but a Tập thể lao động tiên tiến needs 70% of its members to be Lao động tiên tiến (Điều 28), and
 *       the council's ballot is measured against 80% of all its members.</li>
 * </ul>
 *
 * <p>Run it with its {@code main} method; the README shows the command line.
 */
public final class AwardProposalExample {

    /** The department that proposes. */
    public static final Organization DEPARTMENT =
            new Organization("Sở Khoa học và Công nghệ", "UBND tỉnh Hưng Yên", "SKHCN", null);

    private AwardProposalExample() {
    }

    /**
     * Builds the proposal for the year of a date: the assessment year is that year, the history goes back from it.
     *
     * @param date the date of the tờ trình, which picks the rule set
     * @return the proposal with its list, achievement reports and council vote
     */
    public static AwardProposal proposal(LocalDate date) {
        int y = date.getYear();
        List<IndividualNominee> people = new ArrayList<>();
        String[][] names = {
            {"CN01", "Nguyễn Văn An", "Trưởng phòng Quản lý khoa học"},
            {"CN02", "Trần Thị Bình", "Chuyên viên Phòng Quản lý khoa học"},
            {"CN03", "Lê Minh Cường", "Phó Giám đốc Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"},
            {"CN04", "Phạm Thị Dung", "Chuyên viên Phòng Quản lý khoa học"},
            {"CN05", "Hoàng Văn Em", "Kỹ sư Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"},
            {"CN06", "Vũ Thị Giang", "Chuyên viên Văn phòng Sở"},
            {"CN07", "Đặng Văn Hải", "Kỹ thuật viên Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"},
            {"CN08", "Bùi Thị Hoa", "Kế toán Văn phòng Sở"},
            {"CN09", "Đỗ Văn Khánh", "Chuyên viên Phòng Quản lý khoa học"},
            {"CN10", "Ngô Thị Lan", "Chuyên viên Thanh tra Sở"}};
        for (String[] n : names) {
            boolean excellent = n[0].equals("CN01") || n[0].equals("CN02") || n[0].equals("CN03");
            IndividualNominee.Builder b = IndividualNominee.builder().id(n[0]).fullName(n[1]).position(n[2])
                    .unit("Sở Khoa học và Công nghệ").sex(n[1].contains(" Thị ") ? Sex.FEMALE : Sex.MALE)
                    .directWorker(!n[2].startsWith("Trưởng") && !n[2].startsWith("Phó"))
                    .recruitedOn(LocalDate.of(2012, 9, 1))
                    .result(YearResult.of(y, excellent ? TaskRating.HOAN_THANH_XUAT_SAC : TaskRating.HOAN_THANH_TOT))
                    .result(YearResult.of(y - 1, TaskRating.HOAN_THANH_TOT, Award.title("LDTT")));
            if (n[0].equals("CN01")) {
                b.initiative(initiative("SK-" + y + "-01", "Phần mềm theo dõi tiến độ nhiệm vụ khoa học và công nghệ",
                        InitiativeKind.SANG_KIEN, n[1], y));
            } else if (n[0].equals("CN03")) {
                b.initiative(initiative("DT-" + y + "-02", "Ứng dụng chế phẩm sinh học xử lý phụ phẩm nông nghiệp",
                        InitiativeKind.DE_TAI_KHOA_HOC, n[1], y));
            }
            people.add(b.build());
        }
        CollectiveNominee room = CollectiveNominee.builder().id("TT01").name("Phòng Quản lý khoa học")
                .member(new MemberResult("Nguyễn Văn An", TaskRating.HOAN_THANH_XUAT_SAC,
                        List.of(Award.title("LDTT"), Award.title("CSTD_CS")), null))
                .member(new MemberResult("Trần Thị Bình", TaskRating.HOAN_THANH_XUAT_SAC, List.of(Award.title("LDTT")), null))
                .member(new MemberResult("Phạm Thị Dung", TaskRating.HOAN_THANH_TOT, List.of(Award.title("LDTT")), null))
                .member(new MemberResult("Đỗ Văn Khánh", TaskRating.HOAN_THANH_TOT, List.of(Award.title("LDTT")), null))
                .result(YearResult.of(y, TaskRating.HOAN_THANH_XUAT_SAC))
                .result(YearResult.of(y - 1, TaskRating.HOAN_THANH_XUAT_SAC)).build();
        CollectiveNominee centre = CollectiveNominee.builder().id("TT02")
                .name("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ")
                .member(new MemberResult("Lê Minh Cường", TaskRating.HOAN_THANH_XUAT_SAC,
                        List.of(Award.title("LDTT"), Award.title("CSTD_CS")), null))
                .member(new MemberResult("Hoàng Văn Em", TaskRating.HOAN_THANH_TOT, List.of(Award.title("LDTT")), null))
                .member(new MemberResult("Đặng Văn Hải", TaskRating.HOAN_THANH_TOT, List.of(Award.title("LDTT")), null))
                .member(new MemberResult("Mai Văn Nam", TaskRating.HOAN_THANH, List.of(), null))
                .member(new MemberResult("Trịnh Thị Oanh", TaskRating.HOAN_THANH, List.of(), null))
                .result(YearResult.of(y, TaskRating.HOAN_THANH_TOT)).build();

        List<ProposalEntry> entries = new ArrayList<>();
        for (IndividualNominee p : people) {
            entries.add(new ProposalEntry(p, Award.title("LDTT"), "Hoàn thành tốt nhiệm vụ năm " + y, List.of()));
        }
        entries.add(new ProposalEntry(people.get(0), Award.title("CSTD_CS"), "Sáng kiến được công nhận cấp cơ sở",
                List.of("SK-" + y + "-01")));
        entries.add(new ProposalEntry(people.get(1), Award.title("CSTD_CS"), "Hoàn thành xuất sắc nhiệm vụ",
                List.of()));
        entries.add(new ProposalEntry(people.get(2), Award.title("CSTD_CS"), "Đề tài khoa học đã được nghiệm thu",
                List.of("DT-" + y + "-02")));
        entries.add(new ProposalEntry(room, Award.title("TTLDXS"), "Hoàn thành xuất sắc nhiệm vụ năm " + y, List.of()));
        entries.add(new ProposalEntry(centre, Award.title("TTLDTT"), "Hoàn thành tốt nhiệm vụ năm " + y, List.of()));

        AwardProposal.Builder proposal = AwardProposal.builder()
                .header(Header.builder().issuer(DEPARTMENT).number(DocumentNumber.of(45, "TTr", "SKHCN"))
                        .placeAndDate(PlaceAndDate.of("Hưng Yên", PartialDate.of(date)))
                        .subject("Về việc đề nghị xét tặng danh hiệu thi đua năm " + y).build())
                .body(body(y))
                .closing(Closing.of(SignatureBlock.of("Nguyễn Văn Minh", AuthorityLine.of("GIÁM ĐỐC")),
                        new Recipients(List.of(new Recipient("Ủy ban nhân dân tỉnh Hưng Yên (qua Sở Nội vụ)", null, ".")),
                                List.of(Recipient.of("Như trên"), Recipient.of("Hội đồng Thi đua - Khen thưởng Sở")),
                                ArchiveLine.of("VT", "VP"))))
                .kind(CommendationKind.CONG_TRANG).assessmentYear(y)
                .movement(EmulationMovement.builder()
                        .name("Đổi mới sáng tạo, ứng dụng tiến bộ khoa học và công nghệ vào thực tiễn sản xuất và đời sống")
                        .launchingAuthority(DEPARTMENT).form(MovementForm.THUONG_XUYEN)
                        .period(LocalDate.of(2023, 1, 1), null)
                        .target("Mỗi phòng, đơn vị có ít nhất 01 sáng kiến hoặc đề tài được công nhận").build())
                .entries(entries)
                .councilVote(new CouncilVote(date.minusDays(5), 9, 9, List.of(
                        new Ballot("CN01", Award.title("CSTD_CS"), 9),
                        new Ballot("CN02", Award.title("CSTD_CS"), 8),
                        new Ballot("CN03", Award.title("CSTD_CS"), 7),
                        new Ballot("TT01", Award.title("TTLDXS"), 9))));
        for (Nominee n : entries.stream().map(ProposalEntry::nominee).distinct().toList()) {
            proposal.report(new AchievementReport(n.id(), "Báo cáo thành tích năm " + y + " của " + n.displayName(),
                    "Thủ trưởng đơn vị", "Sở Khoa học và Công nghệ"));
        }
        return proposal.build();
    }

    private static Initiative initiative(String id, String name, InitiativeKind kind, String author, int year) {
        return Initiative.builder().id(id).name(name).kind(kind).author(InitiativeAuthor.sole(author))
                .firstApplicationDate(LocalDate.of(year, 3, 1))
                .recognition(InitiativeRecognition.builder().level(InitiativeLevel.CO_SO).decidingBody(DEPARTMENT)
                        .decision(new DocumentReference(DocumentType.QUYET_DINH, null,
                                DocumentNumber.of(112, "QĐ", "SKHCN"), LocalDate.of(year, 11, 28),
                                "Sở Khoa học và Công nghệ"))
                        .year(year).build())
                .build();
    }

    /** The căn cứ of the regime in force at the end of the year. */
    private static Body body(int y) {
        Body.Builder b = Body.builder();
        if (y <= 2023) {
            b.legalBasis(LegalBasis.of("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung "
                    + "một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013;"));
            b.legalBasis(LegalBasis.of("Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định "
                    + "chi tiết thi hành một số điều của Luật Thi đua, khen thưởng."));
        } else {
            b.legalBasis(LegalBasis.of("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;"));
            b.legalBasis(LegalBasis.of("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định "
                    + "chi tiết thi hành một số điều của Luật Thi đua, khen thưởng."));
        }
        return b.add(Paragraph.of("Sở Khoa học và Công nghệ đề nghị xét tặng danh hiệu thi đua năm " + y
                        + " cho 10 cá nhân và 02 tập thể (có danh sách kèm theo)."))
                .endMark(true).build();
    }

    /**
     * Checks the proposal with the tdkt rule set of its date.
     *
     * @param proposal the proposal
     * @param locale the language of the messages
     * @return the report
     */
    public static ValidationReport validate(AwardProposal proposal, Locale locale) {
        LocalDate date = proposal.date().orElseThrow();
        RuleSet set = RuleSets.forDate("tdkt", date).orElseThrow();
        return DocumentValidator.of(set).validate(proposal, Profile.ISSUED, locale);
    }

    /**
     * Runs the example: the proposal dated 20/12/2023 and 20/12/2025, each report, and why they differ.
     *
     * @param locale the language of the findings' messages
     * @return the text the example prints
     */
    public static String run(Locale locale) {
        StringBuilder out = new StringBuilder();
        for (LocalDate date : List.of(LocalDate.of(2023, 12, 20), LocalDate.of(2025, 12, 20))) {
            AwardProposal proposal = proposal(date);
            ValidationReport report = validate(proposal, locale);
            out.append("Tờ trình ").append(proposal.header().number().format()).append(", ")
                    .append(proposal.header().placeAndDate().format()).append(": ")
                    .append(proposal.entries().size()).append(" proposals for 10 individuals and 2 collectives\n");
            out.append("  rule set ").append(report.ruleSetId()).append(" -> ").append(report.status()).append('\n');
            for (Finding f : report.findings()) {
                out.append("  ").append(f.severity()).append(' ').append(f.ruleId()).append(' ').append(f.pointer())
                        .append("\n      ").append(f.message()).append('\n');
            }
            out.append(explain(report)).append('\n');
        }
        return out.toString();
    }

    /** Says, for the findings the report holds, what changed in the law. */
    private static String explain(ValidationReport report) {
        List<String> ids = report.ruleIds();
        StringBuilder s = new StringBuilder("  Why:\n");
        if (report.ruleSetId().equals("tdkt-2017")) {
            if (ids.contains("TDKT-CSCS-02")) {
                s.append("  - Before 2024 a Chiến sĩ thi đua cơ sở needed a recognised initiative or accepted research;\n"
                        + "    Trần Thị Bình has only an excellent rating.\n");
            }
            if (ids.contains("TDKT-CSCS-03")) {
                s.append("  - Nghị định 91/2017/NĐ-CP capped Chiến sĩ thi đua cơ sở at 15% of the Lao động tiên tiến:\n"
                        + "    one for ten, and three are proposed.\n");
            }
            s.append("  - The 2003 law's share for Tập thể lao động tiên tiến and the ballot thresholds are not verified,\n"
                    + "    so tdkt-2017 does not check them: the centre's 3 of 5 passes here.\n");
        } else {
            s.append("  - From 2024 an excellent rating is enough for Chiến sĩ thi đua cơ sở and the 15% cap is gone.\n");
            if (ids.contains("TDKT-TTLDTT-01")) {
                s.append("  - Điều 28 of the 2022 law needs 70% Lao động tiên tiến for Tập thể lao động tiên tiến;\n"
                        + "    the centre has 3 of 5 (60%).\n");
            }
            if (ids.contains("TDKT-VOTE-01")) {
                s.append("  - Lê Minh Cường got 7 of 9 votes (77%); Nghị định 98/2023/NĐ-CP required 80% of all members.\n"
                        + "    Its successor is unverified, so tdkt-2025 warns instead of failing.\n");
            }
        }
        return s.toString();
    }

    /**
     * Prints the example.
     *
     * @param args "vi" for Vietnamese messages; English otherwise
     */
    public static void main(String[] args) {
        Locale locale = args.length > 0 && args[0].equals("vi") ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        System.out.print(run(locale));
    }
}
