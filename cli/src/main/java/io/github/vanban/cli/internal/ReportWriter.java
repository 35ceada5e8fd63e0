package io.github.vanban.cli.internal;

import java.util.List;

/**
 * Writes the reports of a run to standard output (ghi báo cáo), one document at a time, so that a run over
 * thousands of documents never holds them all.
 */
public interface ReportWriter {

    /**
     * Called once before the first document.
     *
     * @param ruleSet the rule set id
     * @param rules the catalogue of the rule set, for formats that list it
     */
    void begin(String ruleSet, List<RuleView> rules);

    /** @param outcome the report on one document, in input order */
    void document(DocumentOutcome outcome);

    /**
     * Called once after the last document.
     *
     * @param summary the tally of the run
     */
    void end(Summary summary);
}
