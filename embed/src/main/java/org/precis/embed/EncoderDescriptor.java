package org.precis.embed;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tile encoder needs and gives, as read from its JSON descriptor: the model file, the
 * input tensor (name, size, channel order, layout, normalisation), the output tensor (name,
 * dimension), the resolution it was trained at and its licence. {@code source} names where the
 * descriptor came from, so that every error about it can say which file is wrong.
 */
public record EncoderDescriptor(
        String name,
        Path model,
        String inputName,
        int inputHeight,
        int inputWidth,
        ChannelOrder channelOrder,
        TensorLayout layout,
        Normalisation normalisation,
        String outputName,
        int outputDimension,
        Optional<Double> recommendedMpp,
        String licence,
        String source) {

    /** Larger inputs than this are surely a typing error, and would need gigabytes per batch. */
    static final int MAX_INPUT_SIDE = 4096;

    public EncoderDescriptor {
        source = requireText("source", source, "?");
        name = requireText("name", name, source);
        Objects.requireNonNull(model, "model");
        inputName = requireText("input name", inputName, source);
        if (inputHeight <= 0 || inputWidth <= 0 || inputHeight > MAX_INPUT_SIDE || inputWidth > MAX_INPUT_SIDE) {
            throw new IllegalArgumentException(source + ": input size must be 1.." + MAX_INPUT_SIDE + " px per side: "
                    + inputHeight + "x" + inputWidth);
        }
        Objects.requireNonNull(channelOrder, "channelOrder");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(normalisation, "normalisation");
        outputName = requireText("output name", outputName, source);
        if (outputDimension <= 0) {
            throw new IllegalArgumentException(source + ": output dimension must be positive: " + outputDimension);
        }
        Objects.requireNonNull(recommendedMpp, "recommendedMpp");
        if (recommendedMpp.isPresent() && !(recommendedMpp.get() > 0 && Double.isFinite(recommendedMpp.get()))) {
            throw new IllegalArgumentException(
                    source + ": recommended µm/px must be positive: " + recommendedMpp.get());
        }
        licence = requireText("licence", licence, source);
    }

    private static String requireText(String what, String value, String source) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(source + ": " + what + " is missing");
        }
        return value;
    }
}
