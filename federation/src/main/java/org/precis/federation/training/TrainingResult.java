package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A finished training study's result: the head (pooled standardisation, each class's weights and
 * intercept: the best model by federated validation loss), the pooled counts, the validation
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
        if (state.has("privacy_spent")) {
            out.set("privacy", state.get("privacy_spent").deepCopy());
        }
        ObjectNode head = out.putObject("head");
        head.put("type", "multinomial_logistic_l2");
        head.set("mean", state.get("mean").deepCopy());
        head.set("scale", state.get("scale").deepCopy());
        ArrayNode rows = head.putArray("weights");
        double[] intercepts = new double[k];
        for (int c = 0; c < k; c++) {
            double[] row = new double[d];
            System.arraycopy(best, c * (d + 1), row, 0, d);
            intercepts[c] = best[c * (d + 1) + d];
            rows.add(JsonVectors.array(row));
        }
        head.set("intercepts", JsonVectors.array(intercepts));
        sites.forEach(out.putArray("sites")::add);
        return out;
    }
}
