package io.github.vanban.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanban.core.award.AwardProposal;
import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.validation.Finding;
import io.github.vanban.validation.Severity;
import io.github.vanban.validation.Status;
import io.github.vanban.validation.ValidationReport;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AwardProposalExampleTest {

    @Test
    void theProposalHasTenIndividualsAndTwoCollectives() {
        AwardProposal p = AwardProposalExample.proposal(LocalDate.of(2023, 12, 20));
        assertThat(p.entries().stream().map(e -> e.nominee()).filter(n -> n instanceof IndividualNominee).distinct())
                .hasSize(10);
        assertThat(p.entries().stream().map(e -> e.nominee()).filter(n -> n instanceof CollectiveNominee).distinct())
                .hasSize(2);
        assertThat(p.reports()).hasSize(12);
    }

    @Test
    void in2023TheInitiativeRuleAndTheCapFail() {
        ValidationReport r = AwardProposalExample.validate(AwardProposalExample.proposal(LocalDate.of(2023, 12, 20)),
                Locale.ENGLISH);
        assertThat(r.ruleSetId()).isEqualTo("tdkt-2017");
        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.findings()).extracting(Finding::messageKey, Finding::severity, Finding::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TDKT-CSCS-03.cap", Severity.ERROR, "/entries"),
                org.assertj.core.groups.Tuple.tuple("TDKT-CSCS-02.initiativeRequired", Severity.ERROR,
                        "/entries/11/basisInitiatives"));
    }

    @Test
    void in2025TheCollectiveShareFailsAndTheBallotWarns() {
        ValidationReport r = AwardProposalExample.validate(AwardProposalExample.proposal(LocalDate.of(2025, 12, 20)),
                Locale.ENGLISH);
        assertThat(r.ruleSetId()).isEqualTo("tdkt-2025");
        assertThat(r.status()).isEqualTo(Status.INVALID);
        assertThat(r.findings()).extracting(Finding::messageKey, Finding::severity, Finding::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TDKT-VOTE-01.below", Severity.WARNING,
                        "/councilVote/ballots/2/votesFor"),
                org.assertj.core.groups.Tuple.tuple("TDKT-TTLDTT-01.share", Severity.ERROR,
                        "/entries/14/nominee/members"));
    }

    @Test
    void thePrintedTextExplainsBothOutcomes() {
        String out = AwardProposalExample.run(Locale.ENGLISH);
        assertThat(out).contains("rule set tdkt-2017 -> INVALID", "rule set tdkt-2025 -> INVALID",
                "Trần Thị Bình has only an excellent rating", "one for ten, and three are proposed",
                "the centre has 3 of 5 (60%)", "tdkt-2025 warns instead of failing");
        assertThat(AwardProposalExample.run(Locale.forLanguageTag("vi")))
                .contains("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ: 3/5 thành viên (60%) đạt Lao động tiên tiến");
    }
}
