package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/** A case as stored, with its status and latest report version number. */
public record CaseRecord(
        String caseId,
        String patientPseudonym,
        String specimen,
        CaseStatus status,
        int reportVersion,
        JsonNode clinical,
        Instant created) {
    public CaseRecord {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        clinical = clinical.deepCopy();
    }

    @Override
    public JsonNode clinical() {
        return clinical.deepCopy();
    }
}
