package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /** The {@code type} of a multinomial logistic head with an L2 penalty. */
    public static final String HEAD_TYPE = "multinomial_logistic_l2";

    private FederatedHeads() {}

    /**
     * The head of a classifier as a training study's result writes it (its {@code head} object:
     * {@code type: multinomial_logistic_l2}, the standardisation's {@code mean} and {@code scale},
     * each class's {@code weights} row and {@code intercepts}), which {@code evaluate-heads} takes
     * as a candidate or baseline. Only a multinomial logistic head ({@link SoftmaxModel}) has one.
     */
    public static ObjectNode head(PatchClassifier classifier) {
        if (!(classifier.head() instanceof SoftmaxModel model)) {
            throw new IllegalArgumentException("the classifier's head is a "
                    + classifier.head().getClass().getSimpleName()
                    + ", not a multinomial logistic head (SoftmaxModel): it has no federated head form");
        }
        return head(model);
    }

    /** {@link #head(PatchClassifier)} of a bare multinomial logistic head. */
    public static ObjectNode head(SoftmaxModel model) {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        head.put("type", HEAD_TYPE);
        head.set("mean", JsonVectors.array(model.standardisation().mean()));
        head.set("scale", JsonVectors.array(model.standardisation().scale()));
        ArrayNode rows = head.putArray("weights");
        for (double[] row : model.weights()) {
            rows.add(JsonVectors.array(row));
        }
        head.set("intercepts", JsonVectors.array(model.intercepts()));
        return head;
    }

    /**
     * The model of a {@code head} object (as {@link #head(SoftmaxModel)} writes it) with {@code
     * classCount} classes of {@code dimension} features; a head of another type or shape, or with
     * a value that is not a finite number, fails with a one-line message naming the field.
     */
    public static SoftmaxModel model(JsonNode head, int classCount, int dimension) {
        if (head == null || !head.isObject()) {
            throw new IllegalArgumentException("the head must be a mapping (type, mean, scale, weights, intercepts)");
        }
        if (!HEAD_TYPE.equals(head.path("type").asText())) {
            throw new IllegalArgumentException("the head's type must be " + HEAD_TYPE + ", got " + head.path("type"));
        }
        JsonNode rows = head.get("weights");
        if (rows == null || !rows.isArray() || rows.size() != classCount) {
            throw new IllegalArgumentException(
                    "the head's weights must be " + classCount + " rows (one per class), got "
                            + (rows == null || !rows.isArray() ? "no list" : rows.size() + " rows"));
        }
        double[][] weights = new double[classCount][];
        for (int c = 0; c < classCount; c++) {
            weights[c] = JsonVectors.row(rows, c, dimension);
        }
        double[] mean = JsonVectors.read(head, "mean", dimension);
        double[] scale = JsonVectors.read(head, "scale", dimension);
        double[] intercepts = JsonVectors.read(head, "intercepts", classCount);
        try {
            return new SoftmaxModel(new Standardisation(mean, scale), weights, intercepts);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the head's " + e.getMessage(), e);
        }
    }

    /**
     * The classifier of a finished study's result.
     *
     * @param studyId the study's id, for the provenance
     * @param finishedAt when the study finished
     */
    public static PatchClassifier classifier(
            JsonNode result, String studyId, Instant finishedAt, String softwareVersion) {
        JsonNode head = result.get("head");
        if (head == null || !HEAD_TYPE.equals(head.path("type").asText())) {
            throw new IllegalArgumentException("study " + studyId + ": the result holds no trained head");
        }
        List<String> classes = new ArrayList<>();
        result.get("classes").forEach(c -> classes.add(c.asText()));
        SoftmaxModel model = model(head, classes.size(), head.get("mean").size());
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
