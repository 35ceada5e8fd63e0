package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.AwardType;
import io.github.vanban.core.award.Regime;
import io.github.vanban.core.award.Award;
import io.github.vanban.validation.tdkt.TdktParameters;
import java.util.Optional;

/**
 * What a {@code tdkt-*} check knows besides the document: the regime of its rule set and the parameters.
 *
 * @param regime the regime the rule set applies
 * @param params the parameters
 */
record Env(Regime regime, TdktParameters params) {

    /** @return whether only công trạng awards count towards chains (Nghị định 152/2025/NĐ-CP, Điều 4 k3) */
    boolean congTrangOnly() {
        return regime == Regime.R2025;
    }

    /**
     * @param award an award reference
     * @return the catalogue entry
     */
    Optional<AwardType> resolve(Award award) {
        return params.catalog().resolve(award);
    }

    /**
     * @param award an award reference
     * @return its name for messages: the catalogue name with its class, or the code
     */
    String name(Award award) {
        return resolve(award).map(t -> t instanceof io.github.vanban.core.award.CommendationForm f
                ? f.fullName(award.awardClass()) : t.name()).orElse(award.code());
    }
}
