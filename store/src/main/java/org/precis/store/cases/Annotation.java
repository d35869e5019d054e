package org.precis.store.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/** A user's annotation on a slide of a case: one GeoJSON Feature in the slide's level-0 pixel coordinates. */
public record Annotation(
        long id, String caseId, String slideId, JsonNode feature, String author, Instant created, int reportVersion) {
    public Annotation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        feature = feature.deepCopy();
    }

    @Override
    public JsonNode feature() {
        return feature.deepCopy();
    }
}
