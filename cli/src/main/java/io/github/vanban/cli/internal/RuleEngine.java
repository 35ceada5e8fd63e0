package io.github.vanban.cli.internal;

import io.github.vanban.core.document.AdministrativeDocument;
import java.util.List;
import java.util.Locale;

/**
 * A rule set as the command uses it (bộ quy tắc): its catalogue and the check of one document. The real one
 * bridges to {@code io.github.vanban.validation}; tests may give their own.
 */
public interface RuleEngine {

    /** @return the rule set id, e.g. {@code nd30-2020} */
    String ruleSetId();

    /**
     * @param locale the language of the messages
     * @return every rule of the set, sorted by id
     */
    List<RuleView> rules(Locale locale);

    /**
     * Checks one document. Thread-safe: called from several workers at once.
     *
     * @param document the document
     * @param profile draft or issued
     * @param locale the language of the messages
     * @return the findings, with line 0 (the caller adds the lines it knows)
     */
    List<FindingView> check(AdministrativeDocument document, Profile profile, Locale locale);
}
