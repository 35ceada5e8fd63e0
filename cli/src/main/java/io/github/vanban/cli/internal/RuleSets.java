package io.github.vanban.cli.internal;

import java.util.List;
import java.util.Optional;

/** The rule sets the command can use (các bộ quy tắc), found by id. */
public interface RuleSets {

    /** The rule set used when none is named: Nghị định 30/2020/NĐ-CP. */
    String DEFAULT_ID = "nd30-2020";

    /** @return the ids of every rule set available, sorted */
    List<String> ids();

    /**
     * @param id a rule set id
     * @return the rule set, or empty when there is none with that id
     */
    Optional<RuleEngine> find(String id);
}
