package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * An analysis run on a case, to record: its kind ({@code qc}, {@code lung-subtype-heatmap},
 * {@code cells}, {@code ki67}, {@code grade}, {@code npi}, {@code survival-risk}, ...), the slide it
 * ran on if any, its result and its provenance (software version, model id and SHA-256, slide
 * SHA-256, parameters).
 *
 * <p>The result is a JSON object whose top-level fields are the findings a pathologist reviews one
 * by one before signing; data that is judged together with a finding (a risk curve, a confidence
 * interval) goes inside that finding's value, e.g. {@code {"risk": {"value": 0.31, "curve": [...]}}}.
 */
public record NewAnalysis(String kind, Optional<String> slideId, JsonNode result, JsonNode provenance) {
    public NewAnalysis {
        CaseValues.requireKind(kind);
        Objects.requireNonNull(slideId, "slideId");
        slideId.ifPresent(CaseValues::requireSlideId);
        CaseValues.requireObject("analysis result", result, CaseValues.MAX_JSON_CHARS);
        if (result.isEmpty()) {
            throw new IllegalArgumentException("an analysis result needs at least one finding (a field of its object)");
        }
        for (var names = result.fieldNames(); names.hasNext(); ) {
            CaseValues.requireFindingKey(names.next());
        }
        CaseValues.requireObject("analysis provenance", provenance, CaseValues.MAX_JSON_CHARS);
        result = result.deepCopy();
        provenance = provenance.deepCopy();
    }

    @Override
    public JsonNode result() {
        return result.deepCopy();
    }

    @Override
    public JsonNode provenance() {
        return provenance.deepCopy();
    }
}
