package org.precis.cells.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.precis.io.json.JsonMappers;

/** {@link CellsProvenance} as JSON with snake_case names, the form every cell file carries. */
public final class ProvenanceJson {

    private final ObjectMapper mapper = JsonMappers.snakeCase();

    /** The provenance as a tree, numbers typed as a reader of the text would type them. */
    public JsonNode toTree(CellsProvenance provenance) {
        try {
            return mapper.readTree(toText(provenance));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write provenance: " + e.getMessage(), e);
        }
    }

    /** The provenance as compact one-line JSON. */
    public String toText(CellsProvenance provenance) {
        try {
            return mapper.copy()
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(provenance);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write provenance: " + e.getMessage(), e);
        }
    }

    /** The provenance from a tree written by {@link #toTree}; {@link IllegalArgumentException} if it is not one. */
    public CellsProvenance fromTree(JsonNode tree) {
        try {
            return mapper.treeToValue(tree, CellsProvenance.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a cells provenance: " + e.getOriginalMessage(), e);
        }
    }

    public CellsProvenance fromText(String text) {
        try {
            return fromTree(mapper.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a cells provenance: " + e.getOriginalMessage(), e);
        }
    }
}
