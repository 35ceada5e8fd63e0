package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.validation.spi.RuleCheck;
import io.github.vanban.validation.spi.RuleContext;

/** The code of one {@code tdkt-*} rule, run on award proposals and decisions only. */
@FunctionalInterface
interface DossierCheck {

    /**
     * @param dossier the proposal or decision
     * @param ctx where to report
     * @param env the regime and parameters
     */
    void check(Dossier dossier, RuleContext ctx, Env env);

    /**
     * @param env the regime and parameters of the rule set
     * @return the check as a rule's code; other documents pass
     */
    default RuleCheck bind(Env env) {
        return (document, ctx) -> Dossier.of(document).ifPresent(d -> check(d, ctx, env));
    }
}
