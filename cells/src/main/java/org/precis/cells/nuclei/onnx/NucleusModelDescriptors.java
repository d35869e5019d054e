package org.precis.cells.nuclei.onnx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.precis.embed.Normalisation;

/** Reads {@link NucleusModelDescriptor}s from JSON; every error is one line naming the file. */
public final class NucleusModelDescriptors {

    private static final long MAX_DESCRIPTOR_BYTES = 64 * 1024;
    private static final Set<String> TOP_FIELDS = Set.of(
            "name",
            "model",
            "input",
            "output",
            "mpp",
            "probability_threshold",
            "min_seed_distance_um",
            "min_area_um2",
            "max_area_um2",
            "licence");
    private static final Set<String> INPUT_FIELDS = Set.of("name", "channels", "scale", "mean", "std");
    private static final Set<String> OUTPUT_FIELDS = Set.of("probability", "distance");

    private final ObjectMapper mapper = new ObjectMapper();

    /** The descriptor in {@code file}; its model path is relative to the file's folder. */
    public NucleusModelDescriptor read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_DESCRIPTOR_BYTES) {
            throw new IllegalArgumentException(file + ": descriptor too large (" + size + " bytes)");
        }
        String source = file.toString();
        JsonNode root;
        try {
            root = mapper.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": a descriptor must be a JSON object");
        }
        known(root, TOP_FIELDS, "", source);
        JsonNode input = object(root, "input", source);
        known(input, INPUT_FIELDS, "input.", source);
        JsonNode output = object(root, "output", source);
        known(output, OUTPUT_FIELDS, "output.", source);
        if (!"RGB".equals(text(input, "channels", source))) {
            throw new IllegalArgumentException(source + ": input.channels must be RGB");
        }
        Normalisation normalisation;
        try {
            normalisation = new Normalisation(
                    number(input, "scale", source), numbers(input, "mean", source), numbers(input, "std", source));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        Path model = file.toAbsolutePath()
                .getParent()
                .resolve(text(root, "model", source))
                .normalize();
        return new NucleusModelDescriptor(
                text(root, "name", source),
                model,
                text(input, "name", source),
                normalisation,
                text(output, "probability", source),
                text(output, "distance", source),
                number(root, "mpp", source),
                number(root, "probability_threshold", source),
                number(root, "min_seed_distance_um", source),
                number(root, "min_area_um2", source),
                number(root, "max_area_um2", source),
                text(root, "licence", source),
                source);
    }

    private static void known(JsonNode node, Set<String> fields, String prefix, String source) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new IllegalArgumentException(source + ": unknown field " + prefix + name);
            }
        }
    }

    private static JsonNode object(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(source + ": " + field + " must be an object");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(source + ": " + field + " must be a string");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException(source + ": " + field + " must be a number");
        }
        return value.asDouble();
    }

    private static List<Double> numbers(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(source + ": " + field + " must be an array of numbers");
        }
        List<Double> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isNumber()) {
                throw new IllegalArgumentException(source + ": " + field + " must be an array of numbers");
            }
            out.add(item.asDouble());
        }
        return out;
    }
}
