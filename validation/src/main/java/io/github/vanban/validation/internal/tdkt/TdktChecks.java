package io.github.vanban.validation.internal.tdkt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The code of every {@code tdkt-*} rule, by rule id. To add a rule: a line in {@code tdkt.tsv}, an entry here, its
 * title and messages in both message bundles, and positive and negative test vectors.
 */
final class TdktChecks {

    private TdktChecks() {
    }

    /** @return the checks by rule id, in catalogue order */
    static Map<String, DossierCheck> all() {
        Map<String, DossierCheck> m = new LinkedHashMap<>();
        m.put("TDKT-REGIME-01", CompetenceRules::citedTexts);
        m.put("TDKT-REGIME-02", CompetenceRules::assessmentRegime);
        m.put("TDKT-AUTH-01", CompetenceRules::competent);
        m.put("TDKT-AUTH-02", CompetenceRules::noDistrict);
        m.put("TDKT-SUBJ-01", CompetenceRules::subject);
        m.put("TDKT-LDTT-01", TitleRules::ldttRating);
        m.put("TDKT-LDTT-02", TitleRules::ldttService);
        m.put("TDKT-CSCS-01", TitleRules::cstdCsNeedsLdtt);
        m.put("TDKT-CSCS-02", TitleRules::cstdCsBasis);
        m.put("TDKT-CSCS-03", TitleRules::cstdCsCap);
        m.put("TDKT-CSCS-04", TitleRules::cstdCsCertification);
        m.put("TDKT-CSTDT-01", TitleRules::provincialChain);
        m.put("TDKT-CSTDT-02", TitleRules::provincialScope);
        m.put("TDKT-CSTDTQ-01", TitleRules::nationalChain);
        m.put("TDKT-VOTE-01", ProcedureRules::ballot);
        m.put("TDKT-VOTE-02", ProcedureRules::quorum);
        m.put("TDKT-TTLDTT-01", CollectiveRules::advanced);
        m.put("TDKT-TTLDXS-01", CollectiveRules::excellent);
        m.put("TDKT-BK-01", FormRules::individualCertificate);
        m.put("TDKT-BK-02", FormRules::collectiveCertificate);
        m.put("TDKT-GK-01", FormRules::certificateOfMerit);
        m.put("TDKT-ONE-01", UniquenessRules::oneAward);
        m.put("TDKT-ONE-02", UniquenessRules::oneInitiative);
        m.put("TDKT-SK-01", UniquenessRules::initiatives);
        m.put("TDKT-MOV-01", ProcedureRules::movement);
        m.put("TDKT-CO-02", ProcedureRules::movementFlag);
        m.put("TDKT-MONEY-01", ProcedureRules::money);
        m.put("TDKT-DOSSIER-01", ProcedureRules::dossier);
        m.put("TDKT-PUBLIC-01", ProcedureRules::publicNotice);
        m.put("TDKT-BLOCK-01", ProcedureRules::blocked);
        m.put("TDKT-NAME-01", CompetenceRules::names);
        return m;
    }
}
