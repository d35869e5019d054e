package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One signed-off finding as labelled data: what the model said, what the pathologist decided and
 * the final value, with the analysis's provenance (which model, which slide) for training later.
 */
public record LabelledFinding(
        String caseId,
        long analysisId,
        String analysisKind,
        String findingKey,
        JsonNode modelValue,
        JsonNode finalValue,
        ReviewDecision decision,
        JsonNode provenance,
        String reviewer,
        Instant reviewed) {
    public LabelledFinding {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(analysisKind, "analysisKind");
        Objects.requireNonNull(findingKey, "findingKey");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(reviewed, "reviewed");
        modelValue = modelValue.deepCopy();
        finalValue = finalValue.deepCopy();
        provenance = provenance.deepCopy();
    }

    @Override
    public JsonNode modelValue() {
        return modelValue.deepCopy();
    }

    @Override
    public JsonNode finalValue() {
        return finalValue.deepCopy();
    }

    @Override
    public JsonNode provenance() {
        return provenance.deepCopy();
    }
}
