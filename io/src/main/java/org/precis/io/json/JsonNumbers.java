package org.precis.io.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Vectors as JSON arrays of numbers, as saved models and ledgers hold them: read, refusing anything
 * else with a message naming the field (for the reader to prefix with its file), and written.
 */
public final class JsonNumbers {

    private JsonNumbers() {}

    /**
     * The numbers of {@code array}.
     *
     * @param field the field's name, for the message
     * @throws IllegalArgumentException when {@code array} is missing, not an array, or holds anything but numbers
     */
    public static double[] array(JsonNode array, String field) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array of numbers");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            if (!array.get(i).isNumber()) {
                throw new IllegalArgumentException("'" + field + "' must be an array of numbers");
            }
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    /** Appends {@code values} to {@code array}, in order. */
    public static void addAll(ArrayNode array, double[] values) {
        for (double value : values) {
            array.add(value);
        }
    }
}
