package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Vectors of doubles in round parameters: JSON arrays, or for a model's parameters (tens of
 * thousands for an MLP head) packed as Base64 of their IEEE-754 little-endian bytes, exact and a
 * fraction of the text to write, hash, audit and parse; read back with their length and finiteness
 * checked.
 */
final class JsonVectors {
    private JsonVectors() {}

    /** {@code values} as one Base64 string of 8 little-endian bytes each, which {@link #read} takes too. */
    static TextNode packed(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            bytes.putDouble(v);
        }
        return TextNode.valueOf(Base64.getEncoder().encodeToString(bytes.array()));
    }

    private static double[] unpacked(JsonNode node, String field, int expected) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(node.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("round parameter '" + field + "' is neither numbers nor Base64");
        }
        if (bytes.length % 8 != 0) {
            throw new IllegalArgumentException(
                    "round parameter '" + field + "' has " + bytes.length + " bytes, not whole 8-byte values");
        }
        if (bytes.length != 8L * expected) {
            throw new IllegalArgumentException("round parameter '" + field + "' has " + bytes.length / 8
                    + " values where this study's head needs " + expected);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[expected];
        for (int i = 0; i < expected; i++) {
            values[i] = buffer.getDouble();
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        "round parameter '" + field + "'[" + i + "] is not a finite number: " + values[i]);
            }
        }
        return values;
    }

    static ArrayNode array(double[] values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(values.length);
        for (double v : values) {
            array.add(v);
        }
        return array;
    }

    /** The field's {@code expected} finite numbers; anything else fails naming the field and what is wrong. */
    static double[] read(JsonNode parameters, String field, int expected) {
        JsonNode node = parameters.get(field);
        if (node != null && node.isTextual()) {
            return unpacked(node, field, expected);
        }
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("round parameter '" + field + "' must be an array of numbers");
        }
        if (node.size() != expected) {
            throw new IllegalArgumentException("round parameter '" + field + "' has " + node.size()
                    + " values where this study's head needs " + expected);
        }
        double[] values = new double[expected];
        for (int i = 0; i < expected; i++) {
            JsonNode v = node.get(i);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new IllegalArgumentException(
                        "round parameter '" + field + "'[" + i + "] is not a finite number: " + v);
            }
            values[i] = v.doubleValue();
        }
        return values;
    }

    /** Row {@code index} of an array of rows, with {@code expected} finite numbers. */
    static double[] row(JsonNode rows, int index, int expected) {
        if (rows == null || !rows.isArray() || rows.size() <= index) {
            throw new IllegalArgumentException("head weights have no row " + index);
        }
        com.fasterxml.jackson.databind.node.ObjectNode holder = JsonNodeFactory.instance.objectNode();
        holder.set("weights[" + index + "]", rows.get(index));
        return read(holder, "weights[" + index + "]", expected);
    }
}
