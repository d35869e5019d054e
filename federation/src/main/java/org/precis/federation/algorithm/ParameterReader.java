package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a study's JSON parameters, for every algorithm alike: a missing or malformed field, or one
 * the algorithm does not know, fails in one line naming the algorithm, the field and what it needs.
 */
public final class ParameterReader {
    private final String algorithm;
    private final String prefix;
    private final JsonNode node;

    /** A reader of {@code node}, the parameters of a study of {@code algorithm}. */
    public ParameterReader(String algorithm, JsonNode node) {
        this(algorithm, "", node);
    }

    private ParameterReader(String algorithm, String prefix, JsonNode node) {
        this.algorithm = algorithm;
        this.prefix = prefix;
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(algorithm + ": study parameter"
                    + (prefix.isEmpty() ? "s" : " '" + prefix.substring(0, prefix.length() - 1) + "'")
                    + " must be a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
        }
        this.node = node;
    }

    public JsonNode node() {
        return node;
    }

    /** The reader of the mapping in {@code field} (e.g. {@code privacy}), its fields named {@code field.name}. */
    public ParameterReader nested(String field) {
        return new ParameterReader(algorithm, prefix + field + ".", node.get(field));
    }

    /** Fails on a field this algorithm does not know, so a typo is not silently ignored. */
    public ParameterReader allowOnly(String... fields) {
        return allowOnly(List.of(fields));
    }

    /** {@link #allowOnly(String...)} of a collection of names. */
    public ParameterReader allowOnly(Collection<String> fields) {
        List<String> known = new ArrayList<>(fields);
        if (!(fields instanceof List)) {
            known.sort(null);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(
                        algorithm + ": unknown study parameter '" + prefix + name + "'; known are " + known);
            }
        }
        return this;
    }

    /** A problem with these parameters as this reader's errors say it: prefixed by the algorithm. */
    public IllegalArgumentException invalid(String message) {
        return new IllegalArgumentException(algorithm + ": " + message);
    }

    /** Whether the field is there (and not null). */
    public boolean has(String field) {
        return node.hasNonNull(field);
    }

    /** An integer field, {@code fallback} when absent. */
    public int integer(String field, int fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(
                    algorithm + ": study parameter '" + prefix + field + "' must be an integer, got " + v);
        }
        return v.intValue();
    }

    /** A required integer field. */
    public int integer(String field) {
        if (!has(field)) {
            throw new IllegalArgumentException(algorithm + ": study parameter '" + prefix + field + "' is required");
        }
        return integer(field, 0);
    }

    /** A long integer field (a seed), {@code fallback} when absent. */
    public long longInteger(String field, long fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException(
                    algorithm + ": study parameter '" + prefix + field + "' must be an integer, got " + v);
        }
        return v.longValue();
    }

    /** A finite number field, {@code fallback} when absent. */
    public double number(String field, double fallback) {
        OptionalDouble v = optionalNumber(field);
        return v.isPresent() ? v.getAsDouble() : fallback;
    }

    public String text(String field) {
        return optionalText(field)
                .orElseThrow(() -> new IllegalArgumentException(
                        algorithm + ": study parameter '" + field + "' (a column name) is required"));
    }

    public Optional<String> optionalText(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(
                    algorithm + ": study parameter '" + field + "' must be a non-empty text, got " + v);
        }
        return Optional.of(v.asText());
    }

    public OptionalDouble optionalNumber(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return OptionalDouble.empty();
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new IllegalArgumentException(
                    algorithm + ": study parameter '" + prefix + field + "' must be a finite number, got " + v);
        }
        return OptionalDouble.of(v.asDouble());
    }

    /** A list of distinct, non-empty texts, required and non-empty. */
    List<String> texts(String field) {
        return optionalTexts(field)
                .orElseThrow(() -> new IllegalArgumentException(
                        algorithm + ": study parameter '" + field + "' (a list of column names) is required"));
    }

    Optional<List<String>> optionalTexts(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        return Optional.of(textList(field, v));
    }

    /** An object mapping names to lists of texts (factor levels), empty when absent. */
    Map<String, List<String>> textLists(String field) {
        JsonNode v = node.get(field);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException(
                    algorithm + ": study parameter '" + field + "' must map column names to lists of levels, got " + v);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), textList(field + "." + e.getKey(), e.getValue()));
        }
        return out;
    }

    private List<String> textList(String field, JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            throw new IllegalArgumentException(
                    algorithm + ": study parameter '" + field + "' must be a non-empty list of texts, got " + v);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalArgumentException(
                        algorithm + ": study parameter '" + field + "' holds " + item + ", not a non-empty text");
            }
            if (out.contains(item.asText())) {
                throw new IllegalArgumentException(
                        algorithm + ": study parameter '" + field + "' lists '" + item.asText() + "' twice");
            }
            out.add(item.asText());
        }
        return List.copyOf(out);
    }

    /** A JSON array of finite numbers of the expected length (round parameters: coefficients, centring). */
    static double[] numbers(JsonNode node, String field, int expected) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray() || v.size() != expected) {
            throw new IllegalArgumentException(
                    "round parameter '" + field + "' must be a list of " + expected + " numbers, got " + v);
        }
        double[] out = new double[expected];
        for (int i = 0; i < expected; i++) {
            if (!v.get(i).isNumber()) {
                throw new IllegalArgumentException(
                        "round parameter '" + field + "' holds " + v.get(i) + ", not a number");
            }
            out[i] = v.get(i).asDouble();
        }
        return out;
    }
}
