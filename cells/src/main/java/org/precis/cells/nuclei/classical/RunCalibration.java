package org.precis.cells.nuclei.classical;

import java.util.List;
import org.precis.imaging.stain.StainMatrix;
import org.precis.imaging.tissue.OtsuThreshold;
import org.precis.slide.RgbImage;

/**
 * The classical detector with its per-image choices made once for a whole run, on sample windows
 * of the run's region: Macenko's stain vectors estimated on the windows' pixels together, and
 * Otsu's threshold (times the factor, with the floor) of the background-subtracted haematoxylin of
 * every window together, each window processed on its own (no seams). They become given stains and
 * a fixed threshold, so that every tile is detected alike and a tiled run finds the same nuclei
 * whatever its tiling. The threshold is fixed by setting the floor to it and the Otsu factor to
 * {@link #NEGLIGIBLE_FACTOR}, so the settings recorded in provenance say exactly what was applied.
 */
public final class RunCalibration {

    /** The Otsu factor of a fixed threshold: small enough that the floor always wins. */
    public static final double NEGLIGIBLE_FACTOR = 1e-12;

    private RunCalibration() {}

    /** {@code detector} with the stain vectors and threshold it chooses on {@code windows} fixed. */
    public static ClassicalNucleusDetector fixedOn(
            ClassicalNucleusDetector detector, List<RgbImage> windows, double mpp) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("calibration needs at least one window");
        }
        ClassicalDetectorSettings s = detector.settings();
        StainMatrix stains = new StainChoice(s).of(stacked(windows));
        ClassicalNucleusDetector withStains = new ClassicalNucleusDetector(s.withGivenStains(stains));
        long total = 0;
        for (RgbImage window : windows) {
            total += (long) window.width() * window.height();
        }
        double[] signal = new double[Math.toIntExact(total)];
        int at = 0;
        for (RgbImage window : windows) {
            double[] part = withStains.run(window, mpp).signal();
            System.arraycopy(part, 0, signal, at, part.length);
            at += part.length;
        }
        double threshold = Math.max(
                s.minThreshold(), s.thresholdFactor() * OtsuThreshold.of(signal).value());
        return new ClassicalNucleusDetector(new ClassicalDetectorSettings(
                false,
                java.util.Optional.of(stains),
                s.stainModel(),
                s.minStainedFraction(),
                s.smoothingSigmaUm(),
                s.backgroundRadiusUm(),
                NEGLIGIBLE_FACTOR,
                threshold,
                s.maxHoleAreaUm2(),
                s.seedSmoothingUm(),
                s.minSeedDistanceUm(),
                s.minAreaUm2(),
                s.maxAreaUm2()));
    }

    /** The windows' pixels in one image, for the stain estimate (which looks at pixels, not their neighbours). */
    private static RgbImage stacked(List<RgbImage> windows) {
        int width = windows.get(0).width();
        long pixels = 0;
        for (RgbImage window : windows) {
            pixels += (long) window.width() * window.height();
        }
        int height = (int) ((pixels + width - 1) / width);
        byte[] rgb = new byte[3 * width * height];
        java.util.Arrays.fill(rgb, (byte) 255);
        int at = 0;
        for (RgbImage window : windows) {
            System.arraycopy(window.rgb(), 0, rgb, at, window.rgb().length);
            at += window.rgb().length;
        }
        return new RgbImage(width, height, rgb);
    }
}
