package org.precis.embed.patches;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.precis.imaging.stain.LabStatistics;
import org.precis.io.file.Sha256Hex;

/**
 * How a patch becomes one vector, recorded so that new images can be embedded the same way: the
 * encoder (name and model SHA-256), the views averaged, the scales concatenated (each the
 * centred crop of that fraction of the patch side, resized to the encoder's input) and the stain
 * normalisations, each a variant of the patch whose views are averaged with the others' (stain
 * test-time augmentation: {@code [none, reinhard]} averages the patch as scanned and as
 * Reinhard-normalised), with Reinhard's target present exactly when one of them is Reinhard's.
 */
public record PatchRecipe(
        String encoder,
        String encoderSha256,
        ViewSet views,
        List<Double> scales,
        List<StainNormalisation> stains,
        Optional<LabStatistics> reinhardTarget) {

    public PatchRecipe {
        if (encoder == null || encoder.isBlank()) {
            throw new IllegalArgumentException("encoder name is missing");
        }
        encoderSha256 = Sha256Hex.require("encoder", encoderSha256);
        Objects.requireNonNull(views, "views");
        if (stains == null || stains.isEmpty()) {
            throw new IllegalArgumentException("at least one stain normalisation is needed");
        }
        stains = List.copyOf(stains);
        if (stains.stream().distinct().count() != stains.size()) {
            throw new IllegalArgumentException("a stain normalisation is named twice: " + stains);
        }
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
        if (reinhardTarget.isPresent() != stains.contains(StainNormalisation.REINHARD)) {
            throw new IllegalArgumentException(
                    "a Reinhard target is given exactly when a stain normalisation" + " is Reinhard's, here " + stains);
        }
    }

    /** A recipe with one stain normalisation. */
    public PatchRecipe(
            String encoder,
            String encoderSha256,
            ViewSet views,
            List<Double> scales,
            StainNormalisation stain,
            Optional<LabStatistics> reinhardTarget) {
        this(encoder, encoderSha256, views, scales, List.of(stain), reinhardTarget);
    }

    /** The views per patch: every stain variant turned through every view of the view set. */
    public int viewCount() {
        return stains.size() * views.views().size();
    }

    /** The length of the vector per patch: the encoder's dimension once per scale. */
    public int dimension(int encoderDimension) {
        return encoderDimension * scales.size();
    }
}
