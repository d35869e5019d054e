package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.precis.learn.linear.Standardisation;

/**
 * A finished training study's result: the head (the best model by federated validation loss, in
 * {@link FederatedHeads#head}'s form, with the pooled standardisation), the pooled counts, the validation
 * history and the settings. {@link FederatedHeads} turns it into a patch classifier file.
 */
final class TrainingResult {
    private TrainingResult() {}

    static JsonNode of(String algorithm, ObjectNode state, TrainingSettings settings, List<String> sites) {
        int k = settings.classCount();
        int d = settings.dimension();
        double[] best = JsonVectors.read(state, "best", settings.parameterCount());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("algorithm", algorithm);
        settings.classes().forEach(out.putArray("classes")::add);
        out.put("n_train", state.get("n_train").asLong());
        out.put("n_validation", state.get("n_validation").asLong());
        ObjectNode counts = out.putObject("class_counts");
        ObjectNode weights = out.putObject("class_weights");
        double[] classCounts = JsonVectors.read(state, "class_counts", k);
        double[] classWeights = JsonVectors.read(state, "class_weights", k);
        for (int c = 0; c < k; c++) {
            counts.put(settings.classes().get(c), (long) Math.rint(classCounts[c]));
            weights.put(settings.classes().get(c), classWeights[c]);
        }
        int trained = state.get("training_round").asInt();
        out.put("rounds_trained", trained);
        out.put("best_round", state.get("best_round").asInt());
        out.put("stopped_early", state.path("stopped_early").asBoolean());
        JsonNode history = state.path("history");
        for (JsonNode entry : history) {
            if (entry.has("validation_loss")
                    && entry.get("model_after_round").asInt()
                            == state.get("best_round").asInt()) {
                out.set("validation", entry.deepCopy());
            }
        }
        out.set("history", history.deepCopy());
        out.set("parameters", state.get("study").deepCopy());
        if (state.has("start_from_sha256")) {
            out.put("start_from_sha256", state.get("start_from_sha256").asText());
        }
        if (state.has("privacy_spent")) {
            out.set("privacy", state.get("privacy_spent").deepCopy());
        }
        Standardisation standardisation =
                new Standardisation(JsonVectors.read(state, "mean", d), JsonVectors.read(state, "scale", d));
        out.set("head", FederatedHeads.head(settings.head().model(best, standardisation, k)));
        sites.forEach(out.putArray("sites")::add);
        return out;
    }
}
