package io.github.vanban.validation.internal.tdkt;

import io.github.vanban.core.award.CollectiveNominee;
import io.github.vanban.core.award.IndividualNominee;
import io.github.vanban.core.award.Initiative;
import io.github.vanban.core.award.Nominee;
import java.util.List;

/** Facts every kind of nominee may or may not have. */
final class Nominees {

    private Nominees() {
    }

    /**
     * @param nominee a nominee
     * @return its initiatives; a household has none
     */
    static List<Initiative> initiatives(Nominee nominee) {
        if (nominee instanceof IndividualNominee i) {
            return i.initiatives();
        }
        if (nominee instanceof CollectiveNominee c) {
            return c.initiatives();
        }
        return List.of();
    }
}
