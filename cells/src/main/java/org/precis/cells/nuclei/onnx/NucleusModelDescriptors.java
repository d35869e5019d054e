package org.precis.cells.nuclei.onnx;

import static org.precis.embed.DescriptorJson.checkFields;
import static org.precis.embed.DescriptorJson.normalisation;
import static org.precis.embed.DescriptorJson.number;
import static org.precis.embed.DescriptorJson.object;
import static org.precis.embed.DescriptorJson.readObject;
import static org.precis.embed.DescriptorJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.precis.embed.Normalisation;

/**
 * Reads {@link NucleusModelDescriptor}s from JSON, as strictly as encoder descriptors are read
 * ({@link org.precis.embed.DescriptorJson}); every error is one line naming the file.
 */
public final class NucleusModelDescriptors {

    private static final long MAX_DESCRIPTOR_BYTES = 64 * 1024;
    private static final Set<String> TOP_FIELDS = Set.of(
            "name",
            "model",
            "input",
            "output",
            "mpp",
            "probability_threshold",
            "min_seed_distance_um",
            "min_area_um2",
            "max_area_um2",
            "licence");
    private static final Set<String> INPUT_FIELDS = Set.of("name", "channels", "scale", "mean", "std");
    private static final Set<String> OUTPUT_FIELDS = Set.of("probability", "distance");

    /** The descriptor in {@code file}; its model path is relative to the file's folder. */
    public NucleusModelDescriptor read(Path file) throws IOException {
        String source = file.toString();
        JsonNode root = readObject(file, MAX_DESCRIPTOR_BYTES);
        checkFields(root, TOP_FIELDS, "", source);
        JsonNode input = object(root, "input", source);
        checkFields(input, INPUT_FIELDS, "input.", source);
        JsonNode output = object(root, "output", source);
        checkFields(output, OUTPUT_FIELDS, "output.", source);
        if (!"RGB".equals(text(input, "channels", source))) {
            throw new IllegalArgumentException(source + ": input.channels must be RGB");
        }
        Normalisation normalisation = normalisation(input, source);
        Path model = file.toAbsolutePath()
                .getParent()
                .resolve(text(root, "model", source))
                .normalize();
        return new NucleusModelDescriptor(
                text(root, "name", source),
                model,
                text(input, "name", source),
                normalisation,
                text(output, "probability", source),
                text(output, "distance", source),
                number(root, "mpp", source),
                number(root, "probability_threshold", source),
                number(root, "min_seed_distance_um", source),
                number(root, "min_area_um2", source),
                number(root, "max_area_um2", source),
                text(root, "licence", source),
                source);
    }
}
