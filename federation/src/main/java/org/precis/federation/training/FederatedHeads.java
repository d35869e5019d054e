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
import org.precis.learn.StandardisedHead;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.mlp.MlpModel;
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
    /** The {@code type} of a one-hidden-layer perceptron head with ReLU. */
    public static final String MLP_TYPE = "mlp_relu";

    private FederatedHeads() {}

    /**
     * The head of a classifier as a training study's result writes it, which {@code evaluate-heads}
     * takes as a candidate or baseline and {@code start_from} continues from: a multinomial logistic
     * head ({@code type: multinomial_logistic_l2}, the standardisation's {@code mean} and {@code
     * scale}, each class's {@code weights} row and {@code intercepts}) or an MLP head ({@code type:
     * mlp_relu}, {@code mean}, {@code scale}, {@code hidden_weights} rows, {@code hidden_biases},
     * {@code output_weights} rows, {@code output_biases}).
     */
    public static ObjectNode head(PatchClassifier classifier) {
        if (!(classifier.head() instanceof StandardisedHead head)) {
            throw new IllegalArgumentException("the classifier's head is a "
                    + classifier.head().getClass().getSimpleName()
                    + ", neither a multinomial logistic nor an MLP head: it has no federated head form");
        }
        return head(head);
    }

    /** {@link #head(PatchClassifier)} of a bare head. */
    public static ObjectNode head(StandardisedHead model) {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        if (model instanceof SoftmaxModel logistic) {
            head.put("type", HEAD_TYPE);
            standardisation(head, logistic.standardisation());
            rows(head.putArray("weights"), logistic.weights());
            head.set("intercepts", JsonVectors.array(logistic.intercepts()));
        } else if (model instanceof MlpModel mlp) {
            head.put("type", MLP_TYPE);
            standardisation(head, mlp.standardisation());
            rows(head.putArray("hidden_weights"), mlp.hiddenWeights());
            head.set("hidden_biases", JsonVectors.array(mlp.hiddenBiases()));
            rows(head.putArray("output_weights"), mlp.outputWeights());
            head.set("output_biases", JsonVectors.array(mlp.outputBiases()));
        } else {
            throw new IllegalArgumentException(
                    "a head of type " + model.getClass().getSimpleName() + " has no federated head form");
        }
        return head;
    }

    private static void standardisation(ObjectNode head, Standardisation standardisation) {
        head.set("mean", JsonVectors.array(standardisation.mean()));
        head.set("scale", JsonVectors.array(standardisation.scale()));
    }

    private static void rows(ArrayNode array, double[][] rows) {
        for (double[] row : rows) {
            array.add(JsonVectors.array(row));
        }
    }

    /**
     * The model of a {@code head} object (as {@link #head(StandardisedHead)} writes it) with {@code
     * classCount} classes of {@code dimension} features; a head of another type or shape, or with a
     * value that is not a finite number, fails with a one-line message naming the field.
     */
    public static StandardisedHead model(JsonNode head, int classCount, int dimension) {
        if (head == null || !head.isObject()) {
            throw new IllegalArgumentException("the head must be a mapping (type, mean, scale and its weights)");
        }
        String type = head.path("type").asText();
        if (!HEAD_TYPE.equals(type) && !MLP_TYPE.equals(type)) {
            throw new IllegalArgumentException(
                    "the head's type must be " + HEAD_TYPE + " or " + MLP_TYPE + ", got " + head.path("type"));
        }
        double[] mean = JsonVectors.read(head, "mean", dimension);
        double[] scale = JsonVectors.read(head, "scale", dimension);
        if (HEAD_TYPE.equals(type)) {
            double[][] weights = rows(head, "weights", classCount, dimension, "one per class");
            double[] intercepts = JsonVectors.read(head, "intercepts", classCount);
            try {
                return new SoftmaxModel(new Standardisation(mean, scale), weights, intercepts);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the head's " + e.getMessage(), e);
            }
        }
        JsonNode hidden = head.get("hidden_weights");
        int units = hidden != null && hidden.isArray() ? hidden.size() : 0;
        if (units < 1) {
            throw new IllegalArgumentException("the head's hidden_weights must be a list of at least one row");
        }
        double[][] hiddenWeights = rows(head, "hidden_weights", units, dimension, "one per hidden unit");
        double[] hiddenBiases = JsonVectors.read(head, "hidden_biases", units);
        double[][] outputWeights = rows(head, "output_weights", classCount, units, "one per class");
        double[] outputBiases = JsonVectors.read(head, "output_biases", classCount);
        try {
            return new MlpModel(
                    new Standardisation(mean, scale), hiddenWeights, hiddenBiases, outputWeights, outputBiases);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the head's " + e.getMessage(), e);
        }
    }

    private static double[][] rows(JsonNode head, String field, int count, int length, String each) {
        JsonNode rows = head.get(field);
        if (rows == null || !rows.isArray() || rows.size() != count) {
            throw new IllegalArgumentException("the head's " + field + " must be " + count + " rows (" + each
                    + "), got " + (rows == null || !rows.isArray() ? "no list" : rows.size() + " rows"));
        }
        double[][] out = new double[count][];
        for (int r = 0; r < count; r++) {
            out[r] = JsonVectors.row(rows, r, length);
        }
        return out;
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
        if (head == null || !head.has("mean")) {
            throw new IllegalArgumentException("study " + studyId + ": the result holds no trained head");
        }
        List<String> classes = new ArrayList<>();
        result.get("classes").forEach(c -> classes.add(c.asText()));
        StandardisedHead model = model(head, classes.size(), head.get("mean").size());
        PatchRecipe recipe =
                new PatchRecipes().fromJson(result.get("parameters").get("recipe"), "study " + studyId);
        Map<String, String> parameters = new LinkedHashMap<>();
        JsonNode settings = result.get("parameters");
        parameters.put(
                "head",
                HeadArchitecture.read(settings.path("head"), settings.path("hidden_units"))
                        .description());
        parameters.put("federated_algorithm", result.get("algorithm").asText());
        parameters.put("federated_study", studyId);
        parameters.put("federated_sites", result.get("sites").toString());
        parameters.put("rounds_trained", result.get("rounds_trained").asText());
        parameters.put("best_round", result.get("best_round").asText());
        parameters.put("stopped_early", result.get("stopped_early").asText());
        parameters.put("class_weights", result.get("class_weights").toString());
        if (result.has("start_from_sha256")) {
            parameters.put(
                    "federated_start_from_sha256",
                    result.get("start_from_sha256").asText());
        }
        parameters.put("view_pooling", ViewPooling.FEATURE_MEAN.jsonName());
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
