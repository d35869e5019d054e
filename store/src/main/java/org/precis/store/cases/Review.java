package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A pathologist's decision on one finding, keeping the model's value and the final value side by
 * side. Reviews are never changed: a second review of the same finding supersedes the first.
 */
public record Review(
        long id,
        String caseId,
        long analysisId,
        String findingKey,
        ReviewDecision decision,
        JsonNode modelValue,
        JsonNode finalValue,
        Optional<String> comment,
        String reviewer,
        Instant reviewed,
        int reportVersion) {
    public Review {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(findingKey, "findingKey");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(reviewed, "reviewed");
        modelValue = modelValue.deepCopy();
        finalValue = finalValue.deepCopy();
    }

    @Override
    public JsonNode modelValue() {
        return modelValue.deepCopy();
    }

    @Override
    public JsonNode finalValue() {
        return finalValue.deepCopy();
    }
}
