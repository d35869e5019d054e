package org.precis.learn.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A site's figure beside the same figure recorded in the model's provenance (its nested
 * cross-validation or federated validation figure): {@code difference = site − recorded}.
 *
 * @param figure the figure's name in the report ({@code accuracy}, {@code log_loss}, {@code brier},
 *     {@code expected_calibration_error})
 * @param provenanceKey the name it is recorded under in the provenance's metrics
 */
public record RecordedComparison(String figure, String provenanceKey, double recorded, double site, double difference) {

    /** Where each figure may be recorded, in the order looked for: a trained model's, a federated one's. */
    static final Map<String, List<String>> KEYS = Map.of(
            "accuracy", List.of("nested_cv_accuracy", "federated_validation_accuracy"),
            "log_loss", List.of("nested_cv_log_loss", "federated_validation_loss"),
            "brier", List.of("nested_cv_brier", "federated_validation_brier"),
            "expected_calibration_error", List.of("nested_cv_expected_calibration_error"));

    /**
     * The comparisons of {@code site}'s figures (by the names of {@link #KEYS}, in its order) with
     * those {@code recorded} holds; a figure not recorded is left out.
     */
    public static List<RecordedComparison> of(Map<String, Double> site, Map<String, Double> recorded) {
        List<RecordedComparison> out = new ArrayList<>();
        site.forEach((figure, value) -> {
            for (String key : KEYS.getOrDefault(figure, List.of())) {
                Double then = recorded.get(key);
                if (then != null) {
                    out.add(new RecordedComparison(figure, key, then, value, value - then));
                    return;
                }
            }
        });
        return List.copyOf(out);
    }
}
