package org.precis.federation.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.io.json.JsonMappers;

/** A {@link RoundRequest} as the JSON that travels in {@code Task.round_request_json}. */
public final class RoundRequestCodec {
    /** No algorithm needs more: a vector longer than this is a malformed or hostile request. */
    public static final int MAX_VECTOR_LENGTH = 100_000;

    private final ObjectMapper json = JsonMappers.compact();

    public byte[] toJson(RoundRequest request) {
        return bytes(toTree(request));
    }

    public ObjectNode toTree(RoundRequest request) {
        ObjectNode node = json.createObjectNode();
        node.put("study", request.studyId());
        node.put("round", request.round());
        node.put("algorithm", request.algorithm());
        node.set("parameters", request.parameters());
        node.put("vector_length", request.vectorLength());
        return node;
    }

    /** Parses and validates; IllegalArgumentException saying what is wrong. */
    public RoundRequest fromJson(byte[] bytes) {
        try {
            return fromTree(json.readTree(bytes));
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed round request JSON: " + e.getMessage(), e);
        }
    }

    public RoundRequest fromTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a round request is a JSON object");
        }
        JsonNode study = node.path("study");
        JsonNode algorithm = node.path("algorithm");
        JsonNode round = node.path("round");
        JsonNode length = node.path("vector_length");
        JsonNode parameters = node.path("parameters");
        if (!study.isTextual()
                || !algorithm.isTextual()
                || !round.isInt()
                || !length.isInt()
                || !parameters.isObject()) {
            throw new IllegalArgumentException(
                    "round request needs study (text), round (int), algorithm (text), parameters (object), vector_length (int)");
        }
        if (length.intValue() > MAX_VECTOR_LENGTH) {
            throw new IllegalArgumentException(
                    "round request vector_length " + length.intValue() + " exceeds " + MAX_VECTOR_LENGTH);
        }
        return new RoundRequest(study.asText(), round.intValue(), algorithm.asText(), parameters, length.intValue());
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }
}
