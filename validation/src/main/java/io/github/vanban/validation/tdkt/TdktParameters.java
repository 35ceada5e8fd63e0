package io.github.vanban.validation.tdkt;

import io.github.vanban.core.award.AwardCatalog;
import io.github.vanban.core.award.Regime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Tham số của bộ quy tắc thi đua, khen thưởng — the values the {@code tdkt-*} rules use that the law leaves to
 * ministries and provinces (Điều 24 k4, 26 k3, 27 k3, 28 k3, 74 k6, 75 k2, Luật Thi đua, khen thưởng 2022) or that
 * could not be verified. {@link #defaults(Regime)} gives the values of each regime; an agency changes them and
 * builds its own rule set with {@link TdktRuleSets#create(String, Regime, TdktParameters)}.
 *
 * @param catalog the titles and forms the rules know (a province adds its own)
 * @param cstdCsCapPercent the cap on Chiến sĩ thi đua cơ sở as a percentage of Lao động tiên tiến in the list:
 *     15 under R2017 (Nghị định 91/2017/NĐ-CP, Điều 9 k3); {@code null} (no cap) from 2024, where an internal cap
 *     of a province or sector is UNVERIFIED and so off unless configured
 * @param collectiveLdttPercent the share of members who must be Lao động tiên tiến for a collective title: 70
 *     (Điều 27–28)
 * @param highVotePercent the ballot share of all council members needed for Chiến sĩ thi đua bộ/tỉnh, toàn quốc
 *     and Anh hùng: 90 (Nghị định 98/2023/NĐ-CP, Điều 30 k7; assumed unchanged under Nghị định 152/2025/NĐ-CP,
 *     UNVERIFIED)
 * @param standardVotePercent the ballot share for Chiến sĩ thi đua cơ sở and the Cờ thi đua: 80 (same source)
 * @param quorumNumerator with {@code quorumDenominator}, the share of members who must attend the council: 2/3
 * @param quorumDenominator see {@code quorumNumerator}
 * @param minServiceMonths the months of service in the assessment year below which no Lao động tiên tiến is
 *     given: 10 (Thông tư 01/2024/TT-BNV; UNVERIFIED for R2025, so a WARNING)
 * @param publicNoticeWorkingDays the working days State-level nominees are published: 10 (Nghị định
 *     152/2025/NĐ-CP, Điều 44 k2)
 * @param baseSalary the lương cơ sở in đồng that reward money multiplies: 2.340.000 from 01/07/2024 (Nghị định
 *     73/2024/NĐ-CP); a later change must be configured
 */
public record TdktParameters(AwardCatalog catalog, @Nullable Integer cstdCsCapPercent, int collectiveLdttPercent,
                             int highVotePercent, int standardVotePercent, int quorumNumerator,
                             int quorumDenominator, int minServiceMonths, int publicNoticeWorkingDays,
                             long baseSalary) {

    /** @throws IllegalArgumentException when a percentage is outside 0–100 or the quorum is not a fraction */
    public TdktParameters {
        Objects.requireNonNull(catalog, "catalog");
        for (int p : new int[] {collectiveLdttPercent, highVotePercent, standardVotePercent}) {
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException("a percentage must be 0–100: " + p);
            }
        }
        if (cstdCsCapPercent != null && (cstdCsCapPercent < 0 || cstdCsCapPercent > 100)) {
            throw new IllegalArgumentException("a percentage must be 0–100: " + cstdCsCapPercent);
        }
        if (quorumDenominator < 1 || quorumNumerator < 0 || quorumNumerator > quorumDenominator) {
            throw new IllegalArgumentException("quorum must be a fraction: " + quorumNumerator + "/" + quorumDenominator);
        }
        if (minServiceMonths < 0 || minServiceMonths > 12 || publicNoticeWorkingDays < 0) {
            throw new IllegalArgumentException("months of service must be 0–12 and notice days positive");
        }
        if (baseSalary <= 0) {
            throw new IllegalArgumentException("the lương cơ sở must be positive: " + baseSalary);
        }
    }

    /**
     * @param regime a regime
     * @return the values of that regime, with the standard catalogue
     */
    public static TdktParameters defaults(Regime regime) {
        return new TdktParameters(AwardCatalog.standard(), regime == Regime.R2017 ? 15 : null, 70, 90, 80, 2, 3, 10,
                10, 2_340_000L);
    }

    /** @return a builder starting from these values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some values of a {@link TdktParameters}. */
    public static final class Builder {
        private AwardCatalog catalog;
        private @Nullable Integer cstdCsCapPercent;
        private int collectiveLdttPercent;
        private int highVotePercent;
        private int standardVotePercent;
        private int quorumNumerator;
        private int quorumDenominator;
        private int minServiceMonths;
        private int publicNoticeWorkingDays;
        private long baseSalary;

        private Builder(TdktParameters p) {
            catalog = p.catalog;
            cstdCsCapPercent = p.cstdCsCapPercent;
            collectiveLdttPercent = p.collectiveLdttPercent;
            highVotePercent = p.highVotePercent;
            standardVotePercent = p.standardVotePercent;
            quorumNumerator = p.quorumNumerator;
            quorumDenominator = p.quorumDenominator;
            minServiceMonths = p.minServiceMonths;
            publicNoticeWorkingDays = p.publicNoticeWorkingDays;
            baseSalary = p.baseSalary;
        }

        /** @param catalog the titles and forms @return this builder */
        public Builder catalog(AwardCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** @param percent the CSTĐ cơ sở cap, {@code null} for none @return this builder */
        public Builder cstdCsCapPercent(@Nullable Integer percent) {
            this.cstdCsCapPercent = percent;
            return this;
        }

        /** @param percent the collective LĐTT share @return this builder */
        public Builder collectiveLdttPercent(int percent) {
            this.collectiveLdttPercent = percent;
            return this;
        }

        /** @param high the 90% threshold @param standard the 80% threshold @return this builder */
        public Builder votePercents(int high, int standard) {
            this.highVotePercent = high;
            this.standardVotePercent = standard;
            return this;
        }

        /** @param numerator quorum numerator @param denominator quorum denominator @return this builder */
        public Builder quorum(int numerator, int denominator) {
            this.quorumNumerator = numerator;
            this.quorumDenominator = denominator;
            return this;
        }

        /** @param months minimum months of service @return this builder */
        public Builder minServiceMonths(int months) {
            this.minServiceMonths = months;
            return this;
        }

        /** @param days working days of public notice @return this builder */
        public Builder publicNoticeWorkingDays(int days) {
            this.publicNoticeWorkingDays = days;
            return this;
        }

        /** @param baseSalary the lương cơ sở in đồng @return this builder */
        public Builder baseSalary(long baseSalary) {
            this.baseSalary = baseSalary;
            return this;
        }

        /** @return the parameters */
        public TdktParameters build() {
            return new TdktParameters(catalog, cstdCsCapPercent, collectiveLdttPercent, highVotePercent,
                    standardVotePercent, quorumNumerator, quorumDenominator, minServiceMonths, publicNoticeWorkingDays,
                    baseSalary);
        }
    }
}
