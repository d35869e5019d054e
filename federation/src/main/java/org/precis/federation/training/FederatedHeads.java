package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchRecipes;
import org.precis.io.json.CanonicalJson;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.patch.ModelProvenance;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.ViewPooling;

/**
 * A federated training study's result as a patch classifier, the model {@code patches evaluate},
 * {@code patches predict} and {@code slide heatmap} read like any other (write it with {@code
 * PatchClassifiers}). The training data's SHA-256 in its provenance is that of the study's
 * parameters and sites (the sites' own data hashes stay in their audit logs); its parameters say
 * it was trained federated, by which algorithm, on which sites, over how many rounds.
 */
public final class FederatedHeads {
    private FederatedHeads() {}

    /**
     * The classifier of a finished study's result.
     *
     * @param studyId the study's id, for the provenance
     * @param finishedAt when the study finished
     */
    public static PatchClassifier classifier(
            JsonNode result, String studyId, Instant finishedAt, String softwareVersion) {
        JsonNode head = result.get("head");
        if (head == null || !"multinomial_logistic_l2".equals(head.path("type").asText())) {
            throw new IllegalArgumentException("study " + studyId + ": the result holds no trained head");
        }
        List<String> classes = new ArrayList<>();
        result.get("classes").forEach(c -> classes.add(c.asText()));
        int k = classes.size();
        int d = head.get("mean").size();
        double[][] weights = new double[k][];
        for (int c = 0; c < k; c++) {
            weights[c] = JsonVectors.row(head.get("weights"), c, d);
        }
        SoftmaxModel model = new SoftmaxModel(
                new Standardisation(JsonVectors.read(head, "mean", d), JsonVectors.read(head, "scale", d)),
                weights,
                JsonVectors.read(head, "intercepts", k));
        PatchRecipe recipe =
                new PatchRecipes().fromJson(result.get("parameters").get("recipe"), "study " + studyId);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("head", "multinomial logistic (federated)");
        parameters.put("federated_algorithm", result.get("algorithm").asText());
        parameters.put("federated_study", studyId);
        parameters.put("federated_sites", result.get("sites").toString());
        parameters.put("rounds_trained", result.get("rounds_trained").asText());
        parameters.put("best_round", result.get("best_round").asText());
        parameters.put("stopped_early", result.get("stopped_early").asText());
        parameters.put("class_weights", result.get("class_weights").toString());
        parameters.put("view_pooling", ViewPooling.FEATURE_MEAN.jsonName());
        JsonNode settings = result.get("parameters");
        settings.fieldNames().forEachRemaining(field -> {
            if (!field.equals("recipe") && !field.equals("classes")) {
                parameters.put("federated_" + field, settings.get(field).asText());
            }
        });
        Map<String, Double> metrics = new LinkedHashMap<>();
        JsonNode validation = result.path("validation");
        if (validation.isObject()) {
            metrics.put(
                    "federated_validation_loss",
                    validation.get("validation_loss").asDouble());
            metrics.put(
                    "federated_validation_accuracy",
                    validation.get("validation_accuracy").asDouble());
            metrics.put(
                    "federated_validation_brier",
                    validation.get("validation_brier").asDouble());
        }
        com.fasterxml.jackson.databind.node.ObjectNode identity =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        identity.put("study", studyId);
        identity.set("sites", result.get("sites"));
        identity.set("parameters", settings);
        String dataSha256 = CanonicalJson.sha256(identity);
        ModelProvenance provenance = new ModelProvenance(
                recipe.encoder(),
                recipe.encoderSha256(),
                dataSha256,
                (int) result.get("n_train").asLong(),
                parameters,
                metrics,
                softwareVersion,
                finishedAt.toString());
        return new PatchClassifier(classes, model, recipe, ViewPooling.FEATURE_MEAN, provenance);
    }
}
