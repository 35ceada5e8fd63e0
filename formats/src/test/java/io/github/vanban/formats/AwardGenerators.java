package io.github.vanban.formats;

import static org.quicktheories.generators.SourceDSL.integers;

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
import io.github.vanban.core.award.Nominee;
import io.github.vanban.core.award.ProposalEntry;
import io.github.vanban.core.award.PublicNotice;
import io.github.vanban.core.award.Sex;
import io.github.vanban.core.award.TaskRating;
import io.github.vanban.core.award.YearResult;
import io.github.vanban.core.document.AdministrativeDocument;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for the award documents (tờ trình đề nghị khen thưởng, quyết định khen thưởng), built
 * on {@link ModelGenerators} and respecting the records' invariants (scope ≥ level, present ≤ members, end ≥ start).
 */
public final class AwardGenerators {

    private AwardGenerators() {
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

    private static <T extends Enum<T>> T pick(RandomnessSource in, Class<T> type) {
        return pick(in, List.of(type.getEnumConstants()));
    }

    private static <T> T orNull(RandomnessSource in, Gen<T> gen) {
        return chance(in, 30) ? null : gen.generate(in);
    }

    private static <T> List<T> list(RandomnessSource in, Gen<T> gen, int max) {
        int n = between(in, 0, max);
        java.util.ArrayList<T> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(gen.generate(in));
        }
        return out;
    }

    /** @return references to titles and forms, forms sometimes with a class */
    public static Gen<Award> awards() {
        return in -> chance(in, 50) ? Award.title(ModelGenerators.word().generate(in) + "X")
                : new Award(Award.Category.FORM, ModelGenerators.word().generate(in) + "Y",
                        chance(in, 40) ? pick(in, AwardClass.class) : null);
    }

    static Gen<YearResult> years() {
        return in -> new YearResult(between(in, 1990, 2030), orNull(in, i -> pick(i, TaskRating.class)),
                list(in, i -> new HeldAward(awards().generate(i), pick(i, CommendationKind.class),
                        orNull(i, ModelGenerators.references()), list(i, ModelGenerators.word(), 2)), 2),
                orNull(in, i -> pick(i, DisciplineLevel.class)));
    }

    static Gen<Initiative> initiatives() {
        return in -> {
            Initiative.Builder b = Initiative.builder().id(ModelGenerators.word().generate(in))
                    .name(ModelGenerators.text().generate(in)).kind(pick(in, InitiativeKind.class))
                    .firstApplicationDate(orNull(in, ModelGenerators.dates()));
            for (int k = between(in, 0, 2); k > 0; k--) {
                b.author(new InitiativeAuthor(ModelGenerators.text().generate(in),
                        chance(in, 70) ? between(in, 0, 100) : null));
            }
            for (int k = between(in, 0, 2); k > 0; k--) {
                InitiativeLevel level = pick(in, InitiativeLevel.class);
                InitiativeLevel scope = InitiativeLevel.values()[between(in, level.ordinal(), 2)];
                b.recognition(new InitiativeRecognition(level, scope, ModelGenerators.organizations().generate(in),
                        orNull(in, ModelGenerators.references()), between(in, 1990, 2030)));
            }
            return b.build();
        };
    }

    /** @return nominees of the three kinds */
    public static Gen<Nominee> nominees() {
        return in -> {
            String id = ModelGenerators.word().generate(in);
            switch (between(in, 0, 2)) {
                case 0:
                    return new IndividualNominee(id, ModelGenerators.text().generate(in), orNull(in, i -> pick(i, Sex.class)),
                            orNull(in, ModelGenerators.dates()), orNull(in, ModelGenerators.text()),
                            orNull(in, ModelGenerators.text()), chance(in, 50), chance(in, 20),
                            orNull(in, ModelGenerators.dates()), list(in, initiatives(), 2), list(in, years(), 2));
                case 1:
                    return new CollectiveNominee(id, ModelGenerators.text().generate(in), chance(in, 20),
                            list(in, i -> new MemberResult(ModelGenerators.text().generate(i),
                                    orNull(i, j -> pick(j, TaskRating.class)), list(i, awards(), 2),
                                    orNull(i, j -> pick(j, DisciplineLevel.class))), 3),
                            list(in, initiatives(), 1), list(in, years(), 2));
                default:
                    return new HouseholdNominee(id, ModelGenerators.text().generate(in),
                            orNull(in, ModelGenerators.text()), list(in, years(), 2));
            }
        };
    }

    static Gen<EmulationMovement> movements() {
        return in -> {
            LocalDate start = orNull(in, ModelGenerators.dates());
            LocalDate end = start == null || chance(in, 30) ? null : start.plusDays(between(in, 0, 2000));
            EmulationMovement.Builder b = EmulationMovement.builder().name(ModelGenerators.text().generate(in))
                    .launchingAuthority(ModelGenerators.organizations().generate(in))
                    .launchingDocument(orNull(in, ModelGenerators.references())).form(pick(in, MovementForm.class))
                    .period(start, end);
            list(in, ModelGenerators.text(), 2).forEach(b::target);
            list(in, i -> new MovementCriterion(orNull(i, ModelGenerators.text()), ModelGenerators.text().generate(i),
                    chance(i, 50)), 2).forEach(b::criterion);
            return b.build();
        };
    }

    /** @return award proposals with every part filled now and then */
    public static Gen<AdministrativeDocument> proposals() {
        return in -> {
            AwardProposal.Builder b = AwardProposal.builder().header(ModelGenerators.headers().generate(in))
                    .body(ModelGenerators.body().generate(in)).closing(ModelGenerators.closings().generate(in))
                    .kind(orNull(in, i -> pick(i, CommendationKind.class)))
                    .assessmentYear(chance(in, 70) ? between(in, 1990, 2030) : null)
                    .movement(orNull(in, movements()));
            list(in, i -> new ProposalEntry(nominees().generate(i), awards().generate(i),
                    orNull(i, ModelGenerators.text()), list(i, ModelGenerators.word(), 2)), 3).forEach(b::entry);
            list(in, i -> new AchievementReport(ModelGenerators.word().generate(i), ModelGenerators.text().generate(i),
                    orNull(i, ModelGenerators.text()), orNull(i, ModelGenerators.text())), 2).forEach(b::report);
            if (chance(in, 60)) {
                int total = between(in, 1, 30);
                b.councilVote(new CouncilVote(orNull(in, ModelGenerators.dates()), total, between(in, 0, total),
                        list(in, i -> new Ballot(ModelGenerators.word().generate(i), awards().generate(i),
                                between(i, 0, total)), 3)));
            }
            if (chance(in, 40)) {
                LocalDate from = ModelGenerators.dates().generate(in);
                b.publicNotice(new PublicNotice(from, from.plusDays(between(in, 0, 40)), orNull(in, ModelGenerators.text())));
            }
            return b.build();
        };
    }

    /** @return award decisions with every part filled now and then */
    public static Gen<AdministrativeDocument> decisions() {
        return in -> {
            AwardDecision.Builder b = AwardDecision.builder().header(ModelGenerators.headers().generate(in))
                    .enactingAuthority(orNull(in, ModelGenerators.text())).body(ModelGenerators.body().generate(in))
                    .closing(ModelGenerators.closings().generate(in))
                    .kind(orNull(in, i -> pick(i, CommendationKind.class)))
                    .assessmentYear(chance(in, 70) ? between(in, 1990, 2030) : null)
                    .movement(orNull(in, movements())).fundSource(orNull(in, ModelGenerators.text()));
            list(in, i -> new AwardLine(nominees().generate(i), awards().generate(i),
                    chance(i, 60) ? (long) between(i, 0, 50_000_000) : null, list(i, ModelGenerators.word(), 2)), 3)
                    .forEach(b::line);
            return b.build();
        };
    }

    /** @return proposals and decisions */
    public static Gen<AdministrativeDocument> documents() {
        return in -> chance(in, 50) ? proposals().generate(in) : decisions().generate(in);
    }
}
