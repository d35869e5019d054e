package org.precis.store.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the registry knows about one version: the version, every evaluation (oldest first)
 * and its status history (oldest first).
 */
public record ModelDetails(ModelVersion version, List<ModelEvaluation> evaluations, List<ModelStatusChange> history) {
    public ModelDetails {
        Objects.requireNonNull(version, "version");
        evaluations = List.copyOf(evaluations);
        history = List.copyOf(history);
    }

    /** Each site's latest evaluation, by site name in the order sites first evaluated. */
    public Map<String, ModelEvaluation> latestBySite() {
        Map<String, ModelEvaluation> latest = new LinkedHashMap<>();
        for (ModelEvaluation evaluation : evaluations) {
            latest.put(evaluation.site(), evaluation);
        }
        return latest;
    }
}
