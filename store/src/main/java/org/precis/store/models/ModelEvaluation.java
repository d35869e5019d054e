package org.precis.store.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A site's evaluation of a model version as recorded: a later one by the same site supersedes it. */
public record ModelEvaluation(
        long id,
        String name,
        int version,
        String site,
        Optional<String> studyId,
        JsonNode metrics,
        boolean better,
        Instant evaluated,
        String recordedBy) {
    public ModelEvaluation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(evaluated, "evaluated");
        Objects.requireNonNull(recordedBy, "recordedBy");
        metrics = metrics.deepCopy();
    }

    @Override
    public JsonNode metrics() {
        return metrics.deepCopy();
    }
}
