package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A recorded analysis, with the report version that was open when it was recorded. */
public record AnalysisRecord(
        long id,
        String caseId,
        String kind,
        Optional<String> slideId,
        JsonNode result,
        JsonNode provenance,
        Instant created,
        int reportVersion) {
    public AnalysisRecord {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(created, "created");
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

    /** The findings to review: the result's top-level field names, in alphabetical order. */
    public List<String> findingKeys() {
        List<String> keys = new ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        keys.sort(null);
        return List.copyOf(keys);
    }

    /**
     * The model's value of one finding (JSON missing node if there is none). A finding is stored
     * either as a bare value ({@code "ki67_index": 0.23}) or as an object that describes it and
     * holds the value in its {@code value} field ({@code {"label": "Ki-67 index", "unit": "%",
     * "value": 23.0}}): the value is what a pathologist accepts or changes.
     */
    public JsonNode modelValue(String findingKey) {
        JsonNode finding = result.path(findingKey);
        JsonNode value = finding.isObject() && finding.has("value") ? finding.get("value") : finding;
        return value.deepCopy();
    }
}
