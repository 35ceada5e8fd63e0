package io.github.vanban.core.award;

import io.github.vanban.core.text.VietnameseText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tập thể được đề nghị khen thưởng — a collective nominee (Điều 20, Luật Thi đua, khen thưởng 2022): a room,
 * department, team, unit or commune, with its members' results for the assessment year and its own results by
 * year.
 *
 * @param id the identifier within the dossier
 * @param name the unit name as the list writes it, e.g. "Phòng Quản lý khoa học"
 * @param armedForces {@code true} for an armed-forces unit (Đơn vị quyết thắng, Đơn vị tiên tiến)
 * @param members the members' results for the assessment year
 * @param initiatives the collective's initiatives and research works
 * @param history the collective's results and awards by year
 */
public record CollectiveNominee(@NotBlank String id, @NotBlank String name, boolean armedForces,
                                @NotNull List<@Valid MemberResult> members,
                                @NotNull List<@Valid Initiative> initiatives,
                                @NotNull List<@Valid YearResult> history) implements Nominee {

    /** Normalises the name and copies the lists. */
    public CollectiveNominee {
        id = id.strip();
        name = VietnameseText.nfc(name.strip());
        members = List.copyOf(members);
        initiatives = List.copyOf(initiatives);
        history = List.copyOf(history);
    }

    @Override
    public String displayName() {
        return name;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.COLLECTIVE;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CollectiveNominee}; id and name are required. */
    public static final class Builder {
        private @Nullable String id;
        private @Nullable String name;
        private boolean armedForces;
        private final List<MemberResult> members = new ArrayList<>();
        private final List<Initiative> initiatives = new ArrayList<>();
        private final List<YearResult> history = new ArrayList<>();

        private Builder() {
        }

        /** @param id the identifier @return this builder */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** @param name the unit name @return this builder */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** @param armedForces whether an armed-forces unit @return this builder */
        public Builder armedForces(boolean armedForces) {
            this.armedForces = armedForces;
            return this;
        }

        /** @param member a member's result @return this builder */
        public Builder member(MemberResult member) {
            this.members.add(member);
            return this;
        }

        /** @param initiative an initiative @return this builder */
        public Builder initiative(Initiative initiative) {
            this.initiatives.add(initiative);
            return this;
        }

        /** @param result a year's result @return this builder */
        public Builder result(YearResult result) {
            this.history.add(result);
            return this;
        }

        /**
         * @return the nominee
         * @throws IllegalStateException when id or name is missing
         */
        public CollectiveNominee build() {
            if (id == null || name == null) {
                throw new IllegalStateException("a collective nominee needs an id and a name");
            }
            return new CollectiveNominee(id, name, armedForces, members, initiatives, history);
        }
    }
}
