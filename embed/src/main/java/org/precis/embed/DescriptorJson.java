package org.precis.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.precis.io.json.JsonMappers;

/**
 * Strict reading of model descriptors (JSON objects with known fields): every error is one line
 * that starts with the source (a file, or a shipped descriptor's name). Shared by the encoder
 * descriptors here and the nucleus-model descriptors in {@code cells}.
 */
public final class DescriptorJson {

    private DescriptorJson() {}

    /** The JSON object in {@code file}, refused before reading when larger than {@code maxBytes}. */
    public static JsonNode readObject(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IllegalArgumentException(file + ": descriptor too large (" + size + " bytes)");
        }
        return parseObject(Files.readAllBytes(file), file.toString());
    }

    /** The JSON object in {@code json}, which must be UTF-8 text. */
    public static JsonNode parseObject(byte[] json, String source) {
        JsonNode root;
        try {
            // JSON files are UTF-8 (RFC 8259); decoding here keeps Jackson from guessing UTF-16/32.
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
            root = JsonMappers.compact().readTree(text);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(source + ": not UTF-8 text", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": a descriptor must be a JSON object");
        }
        return root;
    }

    /** Refuses a field of {@code node} not in {@code known}, naming it as {@code prefix + name}. */
    public static void checkFields(JsonNode node, Set<String> known, String prefix, String source) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(source + ": unknown field '" + prefix + name + "'");
            }
        }
    }

    public static JsonNode object(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be an object");
        }
        return node;
    }

    public static String text(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be a non-empty string");
        }
        return node.asText();
    }

    public static int integer(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be an integer");
        }
        return node.intValue();
    }

    public static double number(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be a number");
        }
        return node.doubleValue();
    }

    public static List<Double> numbers(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be an array of numbers");
        }
        List<Double> values = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isNumber()) {
                throw new IllegalArgumentException(source + ": '" + field + "' must be an array of numbers");
            }
            values.add(element.doubleValue());
        }
        return values;
    }

    /** The normalisation in {@code input}'s {@code scale}, {@code mean} and {@code std}. */
    public static Normalisation normalisation(JsonNode input, String source) {
        try {
            return new Normalisation(
                    number(input, "scale", source), numbers(input, "mean", source), numbers(input, "std", source));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }
}
