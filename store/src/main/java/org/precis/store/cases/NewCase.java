package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A case to create: its id if the caller chooses one (else the store numbers it C-0001, C-0002,
 * ...), the patient's pseudonym (never a name or hospital number), the specimen, and the clinical
 * data as a JSON object of the columns the survival and clinical modules read ({@code size_mm},
 * {@code nodes}, {@code grade}, {@code age}, {@code er}, ...).
 */
public record NewCase(Optional<String> caseId, String patientPseudonym, String specimen, JsonNode clinical) {
    public NewCase {
        Objects.requireNonNull(caseId, "caseId");
        caseId.ifPresent(CaseValues::requireCaseId);
        CaseValues.requirePseudonym(patientPseudonym);
        CaseValues.requireText("specimen", specimen, CaseValues.MAX_SPECIMEN_CHARS);
        CaseValues.requireClinical(clinical);
        clinical = clinical.deepCopy();
    }

    /** A case the store numbers. */
    public NewCase(String patientPseudonym, String specimen, JsonNode clinical) {
        this(Optional.empty(), patientPseudonym, specimen, clinical);
    }

    @Override
    public JsonNode clinical() {
        return clinical.deepCopy();
    }
}
