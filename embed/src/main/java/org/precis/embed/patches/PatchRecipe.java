package org.precis.embed.patches;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.precis.imaging.stain.LabStatistics;

/**
 * How a patch becomes one vector, recorded so that new images can be embedded the same way: the
 * encoder (name and model SHA-256), the views averaged, the scales concatenated (each the
 * centred crop of that fraction of the patch side, resized to the encoder's input) and the stain
 * normalisation with its target ({@code reinhardTarget} present exactly when it is Reinhard's).
 */
public record PatchRecipe(String encoder, String encoderSha256, ViewSet views, List<Double> scales,
        StainNormalisation stain, Optional<LabStatistics> reinhardTarget) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PatchRecipe {
        if (encoder == null || encoder.isBlank()) {
            throw new IllegalArgumentException("encoder name is missing");
        }
        if (encoderSha256 == null || !SHA256.matcher(encoderSha256.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("encoder SHA-256 must be 64 hex digits: " + encoderSha256);
        }
        encoderSha256 = encoderSha256.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(stain, "stain");
        Objects.requireNonNull(reinhardTarget, "reinhardTarget");
        if (scales == null || scales.isEmpty()) {
            throw new IllegalArgumentException("at least one scale is needed");
        }
        scales = List.copyOf(scales);
        for (double scale : scales) {
            if (!(scale > 0 && scale <= 1)) {
                throw new IllegalArgumentException("scales are crop fractions in (0, 1]: " + scales);
            }
        }
        if (reinhardTarget.isPresent() != (stain == StainNormalisation.REINHARD)) {
            throw new IllegalArgumentException("a Reinhard target is given exactly when the stain normalisation"
                    + " is Reinhard's, here " + stain);
        }
    }

    /** The length of the vector per patch: the encoder's dimension once per scale. */
    public int dimension(int encoderDimension) {
        return encoderDimension * scales.size();
    }
}
