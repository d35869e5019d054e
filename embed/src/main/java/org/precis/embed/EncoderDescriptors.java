package org.precis.embed;

import static org.precis.embed.DescriptorJson.checkFields;
import static org.precis.embed.DescriptorJson.integer;
import static org.precis.embed.DescriptorJson.normalisation;
import static org.precis.embed.DescriptorJson.number;
import static org.precis.embed.DescriptorJson.object;
import static org.precis.embed.DescriptorJson.parseObject;
import static org.precis.embed.DescriptorJson.readObject;
import static org.precis.embed.DescriptorJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
        return parse(
                readObject(file, MAX_DESCRIPTOR_BYTES), file.toAbsolutePath().getParent(), file.toString());
    }

    EncoderDescriptor parse(byte[] json, Path modelFolder, String source) {
        return parse(parseObject(json, source), modelFolder, source);
    }

    private static EncoderDescriptor parse(JsonNode root, Path modelFolder, String source) {
        checkFields(root, TOP_FIELDS, "", source);
        JsonNode input = object(root, "input", source);
        checkFields(input, INPUT_FIELDS, "input.", source);
        JsonNode output = object(root, "output", source);
        checkFields(output, OUTPUT_FIELDS, "output.", source);
        Normalisation normalisation = normalisation(input, source);
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

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String source) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    source + ": '" + field + "' must be one of " + List.of(type.getEnumConstants()) + ": " + value, e);
        }
    }
}
