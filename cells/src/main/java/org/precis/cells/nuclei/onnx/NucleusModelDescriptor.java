package org.precis.cells.nuclei.onnx;

import java.nio.file.Path;
import org.precis.embed.Normalisation;

/**
 * What a learned nucleus detector is, as read from its JSON descriptor: an ONNX model that maps an
 * RGB image (NCHW float32, any height and width, pixels normalised as {@code normalisation} says)
 * to a per-pixel nucleus probability and a per-pixel distance to the nucleus edge (StarDist- and
 * HoVer-Net-style outputs, each N x 1 x H x W), the pixel size it works at, and how its outputs
 * become nuclei: the probability threshold, the least distance between two nucleus centres, and
 * the area range. {@code source} names the descriptor file in every error.
 */
public record NucleusModelDescriptor(
        String name,
        Path model,
        String inputName,
        Normalisation normalisation,
        String probabilityOutput,
        String distanceOutput,
        double mpp,
        double probabilityThreshold,
        double minSeedDistanceUm,
        double minAreaUm2,
        double maxAreaUm2,
        String licence,
        String source) {

    public NucleusModelDescriptor {
        if (source == null || source.isBlank()) {
            source = "?";
        }
        for (String[] text : new String[][] {
            {"name", name},
            {"input.name", inputName},
            {"output.probability", probabilityOutput},
            {"output.distance", distanceOutput},
            {"licence", licence}
        }) {
            if (text[1] == null || text[1].isBlank()) {
                throw new IllegalArgumentException(source + ": " + text[0] + " is missing");
            }
        }
        if (model == null || normalisation == null) {
            throw new IllegalArgumentException(source + ": model and input normalisation are required");
        }
        if (!(mpp > 0) || Double.isInfinite(mpp)) {
            throw new IllegalArgumentException(source + ": mpp must be positive: " + mpp);
        }
        if (!(probabilityThreshold > 0 && probabilityThreshold < 1)) {
            throw new IllegalArgumentException(
                    source + ": probability_threshold must be between 0 and 1: " + probabilityThreshold);
        }
        if (!(minSeedDistanceUm > 0)
                || !(minAreaUm2 >= 0)
                || !(maxAreaUm2 > minAreaUm2)
                || Double.isInfinite(maxAreaUm2)) {
            throw new IllegalArgumentException(source + ": need min_seed_distance_um > 0 and 0 <= min_area_um2 < "
                    + "max_area_um2: " + minSeedDistanceUm + ", " + minAreaUm2 + ", " + maxAreaUm2);
        }
    }
}
