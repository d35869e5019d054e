package org.precis.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.precis.io.file.FileSha256;

/**
 * Compact JSON with object keys sorted at every level, so that a value's bytes (and hence its
 * hash) depend on its content only, not on the order its fields were put in: hash-chained audit
 * entries and signed report snapshots are written this way.
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = JsonMappers.compact();

    private CanonicalJson() {}

    /** The canonical text of {@code node}. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The SHA-256 (64 lower-case hex digits) of the UTF-8 bytes of {@link #write}. */
    public static String sha256(JsonNode node) {
        return HexFormat.of()
                .formatHex(FileSha256.newDigest().digest(write(node).getBytes(StandardCharsets.UTF_8)));
    }

    /** The mapper canonical text is written with, to read it back. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                copy.set(name, sorted(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (JsonNode element : node) {
                copy.add(sorted(element));
            }
            return copy;
        }
        return node;
    }
}
