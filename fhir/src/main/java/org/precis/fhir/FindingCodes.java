package org.precis.fhir;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.precis.report.casereport.ReportedFinding;

/**
 * The Observation code of each finding: LOINC where a code exists (sources in the module README),
 * else the finding's key in Precis's own system {@value #PRECIS_FINDING}.
 */
final class FindingCodes {

    static final String LOINC = "http://loinc.org";
    static final String PRECIS_FINDING = "urn:precis:finding";

    private static final Map<String, Coding> BY_KEY = Map.of(
            "ki67_index", new Coding(LOINC, "29593-1", "Cells.Ki-67 nuclear Ag/cells in Tissue by Immune stain"),
            "nottingham_grade",
                    new Coding(LOINC, "44648-4", "Histologic grade [Score] in Breast cancer specimen by Nottingham"),
            "tubule_formation_score",
                    new Coding(
                            LOINC,
                            "85321-8",
                            "Glandular differentiation [Score] in Breast cancer specimen by Nottingham"),
            "nuclear_pleomorphism_score",
                    new Coding(LOINC, "44645-0", "Nuclear pleomorphism in Breast tumor by Nottingham"),
            "mitotic_rate_score",
                    new Coding(LOINC, "85300-2", "Mitotic rate [Score] in Breast cancer specimen by Nottingham"),
            "lung_subtype", new Coding(LOINC, "33731-1", "Histology type in Cancer specimen Narrative"));

    /** Histologic type of a lung tumour has one LOINC code whatever the finding's key. */
    private static final Map<String, String> KEY_BY_KIND = Map.of("lung-subtype", "lung_subtype");

    private FindingCodes() {}

    static CodeableConcept of(ReportedFinding finding) {
        Coding loinc = BY_KEY.get(finding.key());
        if (loinc == null) {
            String key = KEY_BY_KIND.get(finding.analysisKind());
            loinc = key == null ? null : BY_KEY.get(key);
        }
        CodeableConcept code = new CodeableConcept().setText(finding.label());
        if (loinc != null) {
            code.addCoding(loinc.copy());
        }
        code.addCoding(new Coding(PRECIS_FINDING, finding.key(), finding.label()));
        return code;
    }

    /** Code of a component of a finding's Observation (the model value, the interval limits). */
    static CodeableConcept component(String code, String display) {
        return new CodeableConcept()
                .addCoding(new Coding(PRECIS_FINDING, code, display))
                .setText(display);
    }

    /** The system of a category value of a finding ({@code urn:precis:finding:pam50_subtype}). */
    static String categorySystem(ReportedFinding finding) {
        return PRECIS_FINDING + ":" + finding.key();
    }
}
