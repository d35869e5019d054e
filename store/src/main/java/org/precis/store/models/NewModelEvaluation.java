package org.precis.store.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A site's own validation of a model version on its local data, as federated evaluation returns
 * it: the metrics (a JSON object, e.g. {@code {"auc": 0.91, "balanced_accuracy": 0.84}}) and the
 * site's verdict whether the version is better than the one it runs now. The verdict is the
 * site's: the registry does not second-guess it from the metrics.
 */
public record NewModelEvaluation(String site, Optional<String> studyId, JsonNode metrics, boolean better) {
    public NewModelEvaluation {
        ModelValues.requireSite(site);
        studyId = ModelValues.requireStudy(studyId);
        if (metrics == null || !metrics.isObject()) {
            throw new IllegalArgumentException("site " + site + ": the evaluation metrics must be a JSON object");
        }
        metrics = metrics.deepCopy();
        Objects.requireNonNull(studyId, "studyId");
    }

    @Override
    public JsonNode metrics() {
        return metrics.deepCopy();
    }
}
