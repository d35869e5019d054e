package org.precis.learn.patch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.embed.patches.PatchInputException;
import org.precis.embed.patches.PatchRecipes;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;
import org.precis.io.json.JsonNumbers;
import org.precis.learn.ClassifierHead;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.mlp.MlpModel;

/**
 * Reads and writes patch classifiers as JSON ({@code format: precis-patch-classifier/1}): class
 * names, the recipe, the provenance and the head: its type ({@code multinomial_logistic_l2}:
 * weights per class and intercepts; {@code mlp}: hidden weights as little-endian float32 in
 * base64, hidden biases, output weights and biases), view pooling (absent in older files: feature
 * mean), standardisation means and scales. Doubles are written in full (Jackson's shortest round-tripping form), so a
 * model read back predicts exactly as the one written. Written to a temporary file and renamed; the
 * same bytes without a file for a model kept elsewhere (the model registry).
 */
public final class PatchClassifiers {

    static final String FORMAT = "precis-patch-classifier/1";
    static final String LOGISTIC = "multinomial_logistic_l2";
    static final String MLP = "mlp";
    /** Larger files than this are refused before they are read. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private final ObjectMapper mapper = JsonMappers.indented();
    private final PatchRecipes recipes = new PatchRecipes();

    public void write(PatchClassifier classifier, Path file) throws IOException {
        byte[] bytes = toBytes(classifier);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /** The model file's bytes: UTF-8 JSON, as {@link #write} writes them. */
    public byte[] toBytes(PatchClassifier classifier) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode classes = root.putArray("class_names");
        classifier.classNames().forEach(classes::add);
        ObjectNode shown = root.putObject("class_display_names");
        for (int k = 0; k < classifier.classNames().size(); k++) {
            shown.put(
                    classifier.classNames().get(k),
                    classifier.classDisplayNames().get(k));
        }
        root.set("recipe", recipes.toJson(classifier.recipe()));
        root.set("provenance", provenance(classifier.provenance()));
        ObjectNode head = root.putObject("head");
        if (classifier.head() instanceof SoftmaxModel model) {
            head.put("type", LOGISTIC);
            head.put("view_pooling", classifier.viewPooling().jsonName());
            JsonNumbers.addAll(head.putArray("mean"), model.standardisation().mean());
            JsonNumbers.addAll(head.putArray("scale"), model.standardisation().scale());
            ArrayNode weights = head.putArray("weights");
            for (double[] row : model.weights()) {
                JsonNumbers.addAll(weights.addArray(), row);
            }
            JsonNumbers.addAll(head.putArray("intercepts"), model.intercepts());
        } else if (classifier.head() instanceof MlpModel model) {
            head.put("type", MLP);
            head.put("view_pooling", classifier.viewPooling().jsonName());
            JsonNumbers.addAll(head.putArray("mean"), model.standardisation().mean());
            JsonNumbers.addAll(head.putArray("scale"), model.standardisation().scale());
            head.put("hidden_units", model.hiddenUnits());
            head.put("hidden_weights_float32_base64", Float32Base64.encode(model.hiddenWeights()));
            JsonNumbers.addAll(head.putArray("hidden_biases"), model.hiddenBiases());
            ArrayNode output = head.putArray("output_weights");
            for (double[] row : model.outputWeights()) {
                JsonNumbers.addAll(output.addArray(), row);
            }
            JsonNumbers.addAll(head.putArray("output_biases"), model.outputBiases());
        } else {
            throw new IllegalArgumentException("cannot write a head of type "
                    + classifier.head().getClass().getSimpleName());
        }
        return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private ObjectNode provenance(ModelProvenance provenance) {
        ObjectNode node = mapper.createObjectNode();
        node.put("encoder", provenance.encoder());
        node.put("encoder_sha256", provenance.encoderSha256());
        node.put("data_sha256", provenance.dataSha256());
        node.put("training_count", provenance.trainingCount());
        ObjectNode parameters = node.putObject("parameters");
        new java.util.TreeMap<>(provenance.parameters()).forEach(parameters::put);
        ObjectNode metrics = node.putObject("metrics");
        new java.util.TreeMap<>(provenance.metrics()).forEach(metrics::put);
        node.put("software_version", provenance.softwareVersion());
        node.put("trained_at_utc", provenance.trainedAtUtc());
        return node;
    }

    /**
     * Reads a model file.
     *
     * @throws PatchInputException a one-line message naming the file and what is wrong
     */
    public PatchClassifier read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new PatchInputException(file, "model file not found");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new PatchInputException(file, "model file larger than " + MAX_BYTES + " bytes");
        }
        return read(Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads a model from the bytes of a model file, checked as a file is.
     *
     * @param source where the bytes came from, for the message (a file, a registered model version)
     * @throws PatchInputException a one-line message naming {@code source} and what is wrong
     */
    public PatchClassifier read(byte[] bytes, String source) throws PatchInputException {
        if (bytes.length > MAX_BYTES) {
            throw new PatchInputException(source, "model file larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = mapper.readTree(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (JsonProcessingException e) {
            throw new PatchInputException(source, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (CharacterCodingException e) {
            throw new PatchInputException(source, "not UTF-8 text", e);
        }
        try {
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new IllegalArgumentException("not a Precis patch classifier (format should be " + FORMAT + ")");
            }
            List<String> classNames = new ArrayList<>();
            for (JsonNode name : array(root, "class_names")) {
                classNames.add(name.asText());
            }
            // Files written before display names show the labels, underscores as spaces.
            List<String> displayNames = new ArrayList<>(PatchClassifier.readable(classNames));
            if (root.has("class_display_names")) {
                JsonNode shown = object(root, "class_display_names");
                for (int k = 0; k < classNames.size(); k++) {
                    JsonNode name = shown.get(classNames.get(k));
                    if (name == null || !name.isTextual() || name.asText().isBlank()) {
                        throw new IllegalArgumentException(
                                "class_display_names has no name for class '" + classNames.get(k) + "'");
                    }
                    displayNames.set(k, name.asText());
                }
            }
            JsonNode head = object(root, "head");
            String type = head.path("type").asText();
            Standardisation standardisation = new Standardisation(
                    JsonNumbers.array(array(head, "mean"), "head.mean"),
                    JsonNumbers.array(array(head, "scale"), "head.scale"));
            ClassifierHead model = switch (type) {
                case LOGISTIC ->
                    new SoftmaxModel(
                            standardisation,
                            rows(array(head, "weights"), "head.weights"),
                            JsonNumbers.array(array(head, "intercepts"), "head.intercepts"));
                case MLP -> {
                    JsonNode units = head.path("hidden_units");
                    if (!units.canConvertToInt() || units.intValue() < 1) {
                        throw new IllegalArgumentException("head.hidden_units must be a positive integer");
                    }
                    yield new MlpModel(
                            standardisation,
                            Float32Base64.decode(
                                    text(head, "hidden_weights_float32_base64"),
                                    units.intValue(),
                                    standardisation.dimension(),
                                    "head.hidden_weights_float32_base64"),
                            JsonNumbers.array(array(head, "hidden_biases"), "head.hidden_biases"),
                            rows(array(head, "output_weights"), "head.output_weights"),
                            JsonNumbers.array(array(head, "output_biases"), "head.output_biases"));
                }
                default -> throw new IllegalArgumentException("unknown head type '" + type + "'");
            };
            // Models written before per-view training have no view_pooling: they averaged features.
            ViewPooling pooling = head.has("view_pooling")
                    ? ViewPooling.fromJsonName(head.path("view_pooling").asText())
                    : ViewPooling.FEATURE_MEAN;
            return new PatchClassifier(
                    classNames,
                    displayNames,
                    model,
                    recipes.fromJson(root.get("recipe"), "recipe"),
                    pooling,
                    provenance(object(root, "provenance")));
        } catch (IllegalArgumentException e) {
            throw new PatchInputException(source, e.getMessage(), e);
        }
    }

    private static ModelProvenance provenance(JsonNode node) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        object(node, "parameters").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            parameters.put(entry.getKey(), entry.getValue().asText());
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object(node, "metrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isNumber()) {
                throw new IllegalArgumentException("provenance.metrics." + entry.getKey() + " must be a number");
            }
            metrics.put(entry.getKey(), entry.getValue().doubleValue());
        }
        JsonNode count = node.path("training_count");
        if (!count.canConvertToInt()) {
            throw new IllegalArgumentException("provenance.training_count must be an integer");
        }
        return new ModelProvenance(
                text(node, "encoder"),
                text(node, "encoder_sha256"),
                text(node, "data_sha256"),
                count.intValue(),
                parameters,
                metrics,
                text(node, "software_version"),
                text(node, "trained_at_utc"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return value.asText();
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must be an object");
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array");
        }
        return value;
    }

    private static double[][] rows(JsonNode array, String field) {
        double[][] rows = new double[array.size()][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = JsonNumbers.array(array.get(k), field);
        }
        return rows;
    }
}
