package org.precis.casework.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * An annotation as a signed report version froze it: its id, the slide it was drawn on, its class
 * ({@code properties.classification.name}, empty when it has none) and its GeoJSON geometry in
 * level-0 pixels.
 */
record SignedAnnotation(long id, String slideId, Optional<String> className, JsonNode geometry) {
    SignedAnnotation {
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(className, "className");
        geometry = geometry.deepCopy();
    }

    @Override
    public JsonNode geometry() {
        return geometry.deepCopy();
    }
}
