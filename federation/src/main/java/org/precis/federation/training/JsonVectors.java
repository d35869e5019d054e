package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Vectors of doubles in round parameters: JSON arrays, read back with their length and finiteness checked. */
final class JsonVectors {
    private JsonVectors() {}

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
