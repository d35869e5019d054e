package org.precis.federation.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.config.YamlProblem;
import org.precis.io.json.JsonMappers;
import org.precis.table.InputDataException;

/**
 * Reads and writes study files (YAML, or JSON, which is YAML too) and their JSON wire form:
 *
 * <pre>
 * study: lung-cox
 * algorithm: cox-stratified
 * researcher: alice
 * sites: [lung-a, lung-b, lung-c]
 * threshold: 2            # optional; a strict majority by default
 * parameters: {...}       # the algorithm's own
 * </pre>
 */
public final class StudySpecs {
    private static final Set<String> FIELDS =
            Set.of("study", "algorithm", "researcher", "sites", "threshold", "parameters");
    /** Study files are small; a bigger one is a mistake, not a study. */
    private static final long MAX_FILE_BYTES = 1 << 20;

    private final ObjectMapper yaml = JsonMappers.yaml();
    private final ObjectMapper json = JsonMappers.compact();

    /** Reads a study file; IllegalArgumentException naming the file and what is wrong. */
    public StudySpec read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(file + ": study file is larger than " + MAX_FILE_BYTES + " bytes");
        }
        StudySpec spec;
        try {
            spec = fromTree(yaml.readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (CharacterCodingException e) {
            throw new InputDataException(file, 0, "not UTF-8 text");
        } catch (JsonProcessingException e) {
            throw new InputDataException(file, 0, YamlProblem.describe(e));
        } catch (IllegalArgumentException e) {
            throw new InputDataException(file, 0, e.getMessage());
        }
        if (!FederatedAlgorithms.names().contains(spec.algorithm())) {
            throw new InputDataException(
                    file, 0, "unknown algorithm '" + spec.algorithm() + "'; known are " + FederatedAlgorithms.names());
        }
        return spec;
    }

    /** The JSON wire form of a study. */
    public byte[] toJson(StudySpec spec) {
        try {
            return json.writeValueAsBytes(toTree(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    /** A study from its JSON wire form; IllegalArgumentException when malformed. */
    public StudySpec fromJson(byte[] bytes) {
        try {
            return fromTree(json.readTree(bytes));
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed study JSON: " + e.getMessage(), e);
        }
    }

    public ObjectNode toTree(StudySpec spec) {
        ObjectNode node = json.createObjectNode();
        node.put("study", spec.studyId());
        node.put("algorithm", spec.algorithm());
        node.put("researcher", spec.researcher());
        spec.sites().forEach(node.putArray("sites")::add);
        node.put("threshold", spec.threshold());
        node.set("parameters", spec.parameters());
        return node;
    }

    public StudySpec fromTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(
                    "a study is a mapping with study, algorithm, researcher, sites, parameters");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(
                        "unknown study field '" + name + "' (expected one of " + FIELDS + ")");
            }
        });
        JsonNode sitesNode = node.path("sites");
        if (!sitesNode.isArray()) {
            throw new IllegalArgumentException("'sites' must be a list of site identities");
        }
        List<String> sites = new ArrayList<>();
        sitesNode.forEach(site -> sites.add(site.asText()));
        JsonNode threshold = node.path("threshold");
        if (!threshold.isMissingNode() && !threshold.canConvertToInt()) {
            throw new IllegalArgumentException("'threshold' must be an integer, got " + threshold);
        }
        JsonNode parameters = node.path("parameters");
        return new StudySpec(
                text(node, "study"),
                text(node, "algorithm"),
                parameters.isMissingNode() ? json.createObjectNode() : parameters,
                sites,
                text(node, "researcher"),
                threshold.isMissingNode() ? StudySpec.majorityOf(sites.size()) : threshold.intValue());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' must be given as text");
        }
        return value.asText();
    }
}
