package org.precis.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.precis.io.json.JsonMappers;

/**
 * Reads encoder descriptors: from a JSON file (its model path relative to the file), or by the
 * name of an encoder shipped with Precis, whose model lies in {@code <data>/models/<name>/}.
 *
 * <pre>{@code
 * {"name": "mobilenet_v2", "model": "model.onnx",
 *  "input": {"name": "image", "height": 224, "width": 224, "channels": "RGB", "layout": "NCHW",
 *            "scale": 1, "mean": [0, 0, 0], "std": [1, 1, 1]},
 *  "output": {"name": "features", "dimension": 1280},
 *  "recommended_mpp": 0.5, "licence": "Apache-2.0"}
 * }</pre>
 */
public final class EncoderDescriptors {

    /** Encoders whose descriptors ship inside this module. */
    public static final Set<String> SHIPPED = Set.of("mobilenet_v2", "nic_multitask");

    private static final long MAX_DESCRIPTOR_BYTES = 1 << 20;
    private static final Set<String> TOP_FIELDS =
            Set.of("name", "model", "input", "output", "recommended_mpp", "licence");
    private static final Set<String> INPUT_FIELDS =
            Set.of("name", "height", "width", "channels", "layout", "scale", "mean", "std");
    private static final Set<String> OUTPUT_FIELDS = Set.of("name", "dimension");

    private final ObjectMapper mapper = JsonMappers.compact();

    /**
     * An encoder by shipped name (model in {@code dataRoot/models/<name>/}) or by the path of a
     * descriptor file.
     */
    public EncoderDescriptor resolve(String nameOrPath, Path dataRoot) throws IOException {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw new IllegalArgumentException("no encoder named");
        }
        if (SHIPPED.contains(nameOrPath)) {
            String resource = "encoders/" + nameOrPath + ".json";
            try (InputStream in = EncoderDescriptors.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("shipped descriptor missing from the build: " + resource);
                }
                return parse(
                        in.readAllBytes(),
                        dataRoot.resolve("models").resolve(nameOrPath),
                        "shipped descriptor " + nameOrPath + ".json");
            }
        }
        Path file = Path.of(nameOrPath);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("unknown encoder '" + nameOrPath + "': neither a shipped encoder "
                    + SHIPPED + " nor a descriptor file");
        }
        return read(file);
    }

    /** A descriptor file; its model path is relative to the file's folder. */
    public EncoderDescriptor read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_DESCRIPTOR_BYTES) {
            throw new IllegalArgumentException(file + ": descriptor too large (" + size + " bytes)");
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(Files.readAllBytes(file), folder, file.toString());
    }

    EncoderDescriptor parse(byte[] json, Path modelFolder, String source) {
        JsonNode root;
        try {
            // JSON files are UTF-8 (RFC 8259); decoding here keeps Jackson from guessing UTF-16/32.
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
            root = mapper.readTree(text);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(source + ": not UTF-8 text", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": a descriptor must be a JSON object");
        }
        checkFields(root, TOP_FIELDS, "", source);
        JsonNode input = object(root, "input", source);
        checkFields(input, INPUT_FIELDS, "input.", source);
        JsonNode output = object(root, "output", source);
        checkFields(output, OUTPUT_FIELDS, "output.", source);
        Normalisation normalisation;
        try {
            normalisation = new Normalisation(
                    number(input, "scale", source), numbers(input, "mean", source), numbers(input, "std", source));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        Optional<Double> mpp =
                root.has("recommended_mpp") && !root.get("recommended_mpp").isNull()
                        ? Optional.of(number(root, "recommended_mpp", source))
                        : Optional.empty();
        Path model = modelFolder.resolve(text(root, "model", source)).normalize();
        return new EncoderDescriptor(
                text(root, "name", source),
                model,
                text(input, "name", source),
                integer(input, "height", source),
                integer(input, "width", source),
                choice(ChannelOrder.class, text(input, "channels", source), "input.channels", source),
                choice(TensorLayout.class, text(input, "layout", source), "input.layout", source),
                normalisation,
                text(output, "name", source),
                integer(output, "dimension", source),
                mpp,
                text(root, "licence", source),
                source);
    }

    private static void checkFields(JsonNode node, Set<String> known, String prefix, String source) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(source + ": unknown field '" + prefix + name + "'");
            }
        }
    }

    private static JsonNode object(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be an object");
        }
        return node;
    }

    private static String text(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be a non-empty string");
        }
        return node.asText();
    }

    private static int integer(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be an integer");
        }
        return node.intValue();
    }

    private static double number(JsonNode parent, String field, String source) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException(source + ": '" + field + "' must be a number");
        }
        return node.doubleValue();
    }

    private static List<Double> numbers(JsonNode parent, String field, String source) {
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

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String source) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    source + ": '" + field + "' must be one of " + List.of(type.getEnumConstants()) + ": " + value, e);
        }
    }
}
