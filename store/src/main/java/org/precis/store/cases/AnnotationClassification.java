package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An annotation's class as QuPath writes it, {@code {"name": "Tumor", "color": [200, 0, 0]}}: the
 * one rule for a class name and colour, for what the store keeps and what the viewer offers.
 *
 * @param name 1 to 64 characters, no control characters (the training-patch export makes each
 *     class a folder)
 * @param color red, green and blue, each 0-255, when given
 */
public record AnnotationClassification(String name, Optional<List<Integer>> color) {
    public static final int MAX_NAME_CHARS = 64;

    public AnnotationClassification {
        CaseValues.requireText("annotation class name", name, MAX_NAME_CHARS);
        if (name.contains("\n") || name.contains("\t")) {
            throw new IllegalArgumentException("annotation class name contains control characters");
        }
        Objects.requireNonNull(color, "color");
        color = color.map(List::copyOf);
        if (color.isPresent()
                && (color.get().size() != 3 || color.get().stream().anyMatch(c -> c < 0 || c > 255))) {
            throw colourProblem();
        }
    }

    private static IllegalArgumentException colourProblem() {
        return new IllegalArgumentException("annotation class colour must be [red, green, blue], three integers 0-255");
    }

    /** The classification of a GeoJSON feature's {@code properties.classification}; empty when absent or null. */
    public static Optional<AnnotationClassification> of(JsonNode classification) {
        if (classification.isMissingNode() || classification.isNull()) {
            return Optional.empty();
        }
        if (!classification.isObject()) {
            throw new IllegalArgumentException(
                    "annotation classification must be a JSON object with a name, got " + classification.getNodeType());
        }
        JsonNode name = classification.path("name");
        if (!name.isTextual()) {
            throw new IllegalArgumentException(
                    "annotation classification needs a text name, e.g. {\"name\": \"Tumor\"}");
        }
        JsonNode colour = classification.path("color");
        if (colour.isMissingNode()) {
            return Optional.of(new AnnotationClassification(name.asText(), Optional.empty()));
        }
        if (!colour.isArray()) {
            throw colourProblem();
        }
        List<Integer> channels = new ArrayList<>();
        for (JsonNode channel : colour) {
            if (!channel.isIntegralNumber() || !channel.canConvertToInt()) {
                throw colourProblem();
            }
            channels.add(channel.intValue());
        }
        return Optional.of(new AnnotationClassification(name.asText(), Optional.of(channels)));
    }
}
