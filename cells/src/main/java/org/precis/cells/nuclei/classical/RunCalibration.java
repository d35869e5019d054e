package org.precis.cells.nuclei.classical;

import org.precis.slide.RgbImage;

/**
 * The classical detector with its per-image choices made once, on a sample of a whole run's
 * region: the stain vectors it estimates (Macenko) and the threshold it takes (Otsu, with its
 * floor) become given stains and a fixed threshold, so that every tile is detected alike and a
 * tiled run finds the same nuclei whatever its tiling. The threshold is fixed by setting the floor
 * to it and the Otsu factor to {@link #NEGLIGIBLE_FACTOR}, so the settings recorded in provenance
 * say exactly what was applied.
 */
public final class RunCalibration {

    /** The Otsu factor of a fixed threshold: small enough that the floor always wins. */
    public static final double NEGLIGIBLE_FACTOR = 1e-12;

    private RunCalibration() {}

    /** {@code detector} with the stain vectors and threshold it chooses on {@code sample} fixed. */
    public static ClassicalNucleusDetector fixedOn(ClassicalNucleusDetector detector, RgbImage sample, double mpp) {
        DetectionSteps steps = detector.run(sample, mpp);
        ClassicalDetectorSettings s = detector.settings();
        return new ClassicalNucleusDetector(new ClassicalDetectorSettings(
                false,
                java.util.Optional.of(steps.stains()),
                s.stainModel(),
                s.minStainedFraction(),
                s.smoothingSigmaUm(),
                s.backgroundRadiusUm(),
                NEGLIGIBLE_FACTOR,
                steps.threshold(),
                s.maxHoleAreaUm2(),
                s.seedSmoothingUm(),
                s.minSeedDistanceUm(),
                s.minAreaUm2(),
                s.maxAreaUm2()));
    }
}
