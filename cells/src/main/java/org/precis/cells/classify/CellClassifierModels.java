package org.precis.cells.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.precis.cells.nuclei.CellClass;
import org.precis.io.file.AtomicFile;
import org.precis.io.json.JsonMappers;
import org.precis.io.json.JsonNumbers;
import org.precis.io.provenance.Provenance;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.linear.Standardisation;
import org.precis.table.InputDataException;

/**
 * Reads and writes cell classifier files ({@code "format": "precis-cell-classifier/1"}): the class
 * names, the feature recipe (encoders with their model SHA-256, patch size and µm/px; the stain
 * features by name), the standardisation and softmax weights, the mitosis threshold, the
 * provenance and the cross-validated figures. Since mitosis candidates, {@code call_rule} also holds
 * {@code mitosis_candidates} (pair distance, darkness quantile, suppression radius); a file without
 * it is read as calling mitoses on the detected nuclei alone, as such files were made. Numbers are written so that they read back exactly.
 */
public final class CellClassifierModels {

    public static final String FORMAT = "precis-cell-classifier/1";

    /** The model shipped with Precis, fitted on the 12 BreCaHAD development images. */
    public static final String SHIPPED = "/org/precis/cells/classify/brecahad-cells-nic_multitask-stain.json";

    private static final long MAX_BYTES = 16L << 20;

    private final ObjectMapper mapper = JsonMappers.indented();

    /** Writes {@code model} to {@code file} atomically. */
    public void write(CellClassifierModel model, Path file) throws IOException {
        AtomicFile.writeString(file, mapper.writeValueAsString(toJson(model)) + "\n");
    }

    /** The model in {@code file}; a bad file gives one line naming it. */
    public CellClassifierModel read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file, 0, "no such cell classifier file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new InputDataException(file, 0, "too large for a cell classifier (" + Files.size(file) + " bytes)");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The model shipped inside this module. */
    public CellClassifierModel shipped() throws IOException {
        try (InputStream in = CellClassifierModels.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("shipped cell classifier missing from the build: " + SHIPPED);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "shipped " + SHIPPED);
        }
    }

    /**
     * A feature recipe as the model file writes it: each encoder with its model's SHA-256, patch
     * size, µm/px and dimension, and the stain features by name (empty when left out).
     */
    public ObjectNode recipeJson(CellFeatureRecipe featureRecipe) {
        ObjectNode recipe = mapper.createObjectNode();
        ArrayNode encoders = recipe.putArray("encoders");
        for (EncoderField field : featureRecipe.encoders()) {
            ObjectNode e = encoders.addObject();
            e.put("encoder", field.encoder());
            e.put("model_sha256", field.modelSha256());
            e.put("patch_px", field.size());
            e.put("patch_mpp", field.mpp());
            e.put("dimension", field.dimension());
        }
        ArrayNode stain = recipe.putArray("stain_features");
        if (featureRecipe.stainFeatures()) {
            StainFeatures.NAMES.forEach(stain::add);
        }
        return recipe;
    }

    ObjectNode toJson(CellClassifierModel model) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("research_use", CellClassifierModel.RESEARCH_USE);
        ArrayNode names = root.putArray("class_names");
        for (CellClass c : CellClass.values()) {
            names.add(c.displayName());
        }
        root.set("recipe", recipeJson(model.recipe()));
        ObjectNode head = root.putObject("head");
        head.put("kind", "multinomial_logistic_l2");
        head.put("penalty", model.penalty());
        JsonNumbers.addAll(head.putArray("mean"), model.head().standardisation().mean());
        JsonNumbers.addAll(
                head.putArray("scale"), model.head().standardisation().scale());
        ArrayNode weights = head.putArray("weights");
        for (double[] row : model.head().weights()) {
            JsonNumbers.addAll(weights.addArray(), row);
        }
        JsonNumbers.addAll(head.putArray("intercepts"), model.head().intercepts());
        ObjectNode rule = root.putObject("call_rule");
        rule.put("mitosis_threshold", model.rule().mitosisThreshold());
        ObjectNode candidates = rule.putObject("mitosis_candidates");
        candidates.put("pair_max_distance_um", model.candidates().pairMaxDistanceUm());
        candidates.put("pair_darker_quantile", model.candidates().pairDarkerQuantile());
        candidates.put("suppression_radius_um", model.candidates().suppressionRadiusUm());
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("software", model.provenance().software());
        model.provenance().createdAt().ifPresent(t -> provenance.put("created_at", t));
        ObjectNode inputs = provenance.putObject("input_sha256");
        model.provenance().inputSha256().forEach(inputs::put);
        ObjectNode parameters = provenance.putObject("parameters");
        model.provenance().parameters().forEach((k, v) -> parameters.put(k, String.valueOf(v)));
        ObjectNode evaluation = root.putObject("evaluation");
        new TreeMap<>(model.evaluation()).forEach(evaluation::put);
        return root;
    }

    CellClassifierModel parse(String text, String source) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputDataException(Path.of(source), 0, "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null
                || !root.isObject()
                || !FORMAT.equals(root.path("format").asText())) {
            throw new InputDataException(Path.of(source), 0, "not a cell classifier (format must be " + FORMAT + ")");
        }
        try {
            List<String> names = new ArrayList<>();
            root.path("class_names").forEach(n -> names.add(n.asText()));
            List<String> expected = java.util.Arrays.stream(CellClass.values())
                    .map(CellClass::displayName)
                    .toList();
            if (!names.equals(expected)) {
                throw new IllegalArgumentException("class_names must be " + expected + ": " + names);
            }
            JsonNode recipeNode = required(root, "recipe");
            List<EncoderField> encoders = new ArrayList<>();
            for (JsonNode e : required(recipeNode, "encoders")) {
                encoders.add(new EncoderField(
                        required(e, "encoder").asText(),
                        required(e, "model_sha256").asText(),
                        required(e, "patch_px").asInt(),
                        required(e, "patch_mpp").asDouble(),
                        required(e, "dimension").asInt()));
            }
            List<String> stain = new ArrayList<>();
            required(recipeNode, "stain_features").forEach(n -> stain.add(n.asText()));
            if (!stain.isEmpty() && !stain.equals(StainFeatures.NAMES)) {
                throw new IllegalArgumentException("stain_features must be empty or " + StainFeatures.NAMES);
            }
            CellFeatureRecipe recipe = new CellFeatureRecipe(encoders, !stain.isEmpty());
            JsonNode head = required(root, "head");
            double[][] weights = new double[CellClass.values().length][];
            JsonNode weightRows = required(head, "weights");
            if (weightRows.size() != weights.length) {
                throw new IllegalArgumentException("head.weights needs one row per class");
            }
            for (int k = 0; k < weights.length; k++) {
                weights[k] = JsonNumbers.array(weightRows.get(k), "head.weights");
            }
            SoftmaxModel softmax = new SoftmaxModel(
                    new Standardisation(
                            JsonNumbers.array(required(head, "mean"), "head.mean"),
                            JsonNumbers.array(required(head, "scale"), "head.scale")),
                    weights,
                    JsonNumbers.array(required(head, "intercepts"), "head.intercepts"));
            JsonNode ruleNode = required(root, "call_rule");
            CallRule rule = new CallRule(required(ruleNode, "mitosis_threshold").asDouble());
            MitosisCandidateSettings candidates = MitosisCandidateSettings.nucleiOnly();
            JsonNode candidateNode = ruleNode.get("mitosis_candidates");
            if (candidateNode != null && !candidateNode.isNull()) {
                candidates = new MitosisCandidateSettings(
                        number(candidateNode, "pair_max_distance_um"),
                        number(candidateNode, "pair_darker_quantile"),
                        number(candidateNode, "suppression_radius_um"));
            }
            JsonNode prov = required(root, "provenance");
            Map<String, String> inputs = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            required(prov, "input_sha256").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                inputs.put(entry.getKey(), entry.getValue().asText());
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            required(prov, "parameters").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                parameters.put(entry.getKey(), entry.getValue().asText());
            }
            Provenance provenance = new Provenance(
                    required(prov, "software").asText(),
                    prov.has("created_at") ? Optional.of(prov.get("created_at").asText()) : Optional.empty(),
                    inputs,
                    parameters);
            Map<String, Double> evaluation = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            required(root, "evaluation").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                evaluation.put(entry.getKey(), entry.getValue().asDouble());
            }
            return new CellClassifierModel(
                    recipe, softmax, required(head, "penalty").asDouble(), rule, provenance, evaluation, candidates);
        } catch (IllegalArgumentException e) {
            throw new InputDataException(Path.of(source), 0, e.getMessage());
        }
    }

    private static JsonNode required(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return node;
    }

    private static double number(JsonNode parent, String field) {
        JsonNode node = required(parent, field);
        if (!node.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' must be a number");
        }
        return node.doubleValue();
    }
}
