package io.github.vanban.validation.internal.nd30;

import io.github.vanban.validation.spi.RuleCheck;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The code of every rule of {@code nd30-2020}, by rule id. To add a rule: a line in {@code nd30-2020.tsv}, an
 * entry here, its title and messages in both message bundles, and a positive and a negative test vector.
 */
final class Nd30Checks {

    private Nd30Checks() {
    }

    /** @return the checks by rule id, in catalogue order */
    static Map<String, RuleCheck> all() {
        Map<String, RuleCheck> m = new LinkedHashMap<>();
        m.put("ND30-TYPE-02", NumberRules::exactAbbreviation);
        m.put("ND30-TYPE-03", NumberRules::noAbbreviation);
        m.put("ND30-SO-01", NumberRules::form);
        m.put("ND30-SO-02", NumberRules::leadingZero);
        m.put("ND30-SO-03", NumberRules::upperCase);
        m.put("ND30-SO-04", NumberRules::typedGroups);
        m.put("ND30-SO-05", NumberRules::dispatchGroups);
        m.put("ND30-SO-06", NumberRules::noYear);
        m.put("ND30-DATE-01", DateRules::form);
        m.put("ND30-DATE-02", DateRules::leadingZeros);
        m.put("ND30-DATE-03", DateRules::monthWithoutZero);
        m.put("ND30-DATE-05", DateRules::place);
        m.put("ND30-DATE-07", DateRules::minutesWithoutDate);
        m.put("ND30-TL-02", SubjectRules::present);
        m.put("ND30-TL-03", SubjectRules::dispatchPrefix);
        m.put("ND30-TL-04", SubjectRules::decisionPrefix);
        m.put("ND30-ND-05", BodyRules::basesPunctuation);
        m.put("ND30-ND-06", BodyRules::basesForm);
        m.put("ND30-ND-07", BodyRules::numerals);
        m.put("ND30-ND-08", BodyRules::titles);
        m.put("ND30-ND-09", BodyRules::sequences);
        m.put("ND30-ND-10", BodyRules::endMark);
        m.put("ND30-ND-11", BodyRules::fullCitation);
        m.put("ND30-KY-01", SignatureRules::block);
        m.put("ND30-KY-02", SignatureRules::prefixes);
        m.put("ND30-KY-03", SignatureRules::prefixTargets);
        m.put("ND30-KY-04", SignatureRules::stacks);
        m.put("ND30-KY-05", SignatureRules::ownPost);
        m.put("ND30-KY-06", SignatureRules::learnedTitle);
        m.put("ND30-KY-07", SignatureRules::nameCase);
        m.put("ND30-KY-08", SignatureRules::delegatorSeal);
        m.put("ND30-NN-01", RecipientRules::present);
        m.put("ND30-NN-02", RecipientRules::itemEndings);
        m.put("ND30-NN-03", RecipientRules::archive);
        m.put("ND30-NN-05", RecipientRules::addressedDocuments);
        m.put("ND30-NN-06", RecipientRules::addresseeEndings);
        m.put("ND30-NN-07", RecipientRules::asArticle);
        m.put("ND30-NN-08", RecipientRules::copies);
        m.put("ND30-KH-01", RecipientRules::drafterMark);
        m.put("ND30-MAT-01", OtherRules::confidentiality);
        m.put("ND30-KHAN-01", OtherRules::urgency);
        m.put("ND30-LH-01", OtherRules::circulation);
        m.put("ND30-PL-01", OtherRules::appendixReferred);
        m.put("ND30-PL-02", OtherRules::appendixNumbers);
        m.put("ND30-PL-03", OtherRules::appendixTitle);
        m.put("ND30-PL-04", OtherRules::appendixReference);
        m.put("ND30-DRAFT-01", OtherRules::draftMarker);
        m.put("ND30-META-01", MetadataRules::lengths);
        m.put("ND30-META-02", MetadataRules::ranges);
        m.put("ND30-CAP-01", BodyRules::citationCase);
        m.put("ND30-CQ-01", OtherRules::issuerPresent);
        m.put("ND30-CQ-03", OtherRules::issuerUnabbreviated);
        m.put("ND30-FONT-03", TextRules::legacyEncoding);
        m.put("ND30-TXT-01", TextRules::nfc);
        m.put("ND30-TXT-02", TextRules::lookAlikes);
        m.put("ND30-TXT-03", TextRules::tonePlacement);
        return m;
    }
}
