package org.precis.cells.nuclei.classical;

import java.util.List;
import java.util.Map;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.imaging.stain.ColourDeconvolution;
import org.precis.imaging.stain.Stain;
import org.precis.imaging.stain.StainMatrix;
import org.precis.imaging.tissue.OtsuThreshold;
import org.precis.slide.RgbImage;

/**
 * Nuclei by colour deconvolution, thresholding and a distance-transform watershed: the haematoxylin
 * amount (stain vectors per {@link StainChoice}), smoothed by a Gaussian, less its grey-level
 * opening (background); Otsu's threshold over the image (scaled, with a floor), and for
 * immunohistochemistry the same on DAB, a pixel above either being foreground; small holes filled;
 * seeds at the peaks of the smoothed distance to the background, one component at a time; a seeded
 * watershed of the negated distance within the foreground; regions outside the area range dropped.
 * Holds only its settings: thread-safe, and deterministic.
 */
public final class ClassicalNucleusDetector implements NucleusDetector {

    private final ClassicalDetectorSettings settings;

    public ClassicalNucleusDetector(ClassicalDetectorSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
    }

    public ClassicalDetectorSettings settings() {
        return settings;
    }

    @Override
    public List<Nucleus> detect(RgbImage image, double mpp) {
        return run(image, mpp).nuclei();
    }

    @Override
    public String name() {
        return "classical";
    }

    @Override
    public Map<String, Object> parameters() {
        return settings.asMap();
    }

    @Override
    public double maxNucleusRadiusUm() {
        return settings.maxNucleusRadiusUm();
    }

    /** A stain plane smoothed, less its background (grey-level opening). */
    private double[] signal(double[] stain, int width, int height, double mpp) {
        double[] smoothed = new GaussianFilter(settings.smoothingSigmaUm() / mpp).apply(stain, width, height);
        int backgroundRadius = (int) Math.round(settings.backgroundRadiusUm() / mpp);
        double[] background = new GreyOpening(backgroundRadius).apply(smoothed, width, height);
        double[] signal = new double[smoothed.length];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = smoothed[i] - background[i];
        }
        return signal;
    }

    /** Otsu's threshold of a signal, scaled, never below the floor. */
    private double threshold(double[] signal) {
        return Math.max(
                settings.minThreshold(),
                settings.thresholdFactor() * OtsuThreshold.of(signal).value());
    }

    /** Every step's result on {@code image}. */
    DetectionSteps run(RgbImage image, double mpp) {
        if (image == null) {
            throw new IllegalArgumentException("an image is required");
        }
        if (!(mpp > 0) || Double.isInfinite(mpp)) {
            throw new IllegalArgumentException("pixel size must be positive and finite: " + mpp + " µm/px");
        }
        int width = image.width();
        int height = image.height();
        StainMatrix stains = new StainChoice(settings).of(image);
        ColourDeconvolution deconvolution = new ColourDeconvolution(stains);
        boolean[] everyPixel = new boolean[width * height];
        java.util.Arrays.fill(everyPixel, true);
        double[] haematoxylin = deconvolution.amounts(image, everyPixel, Stain.HAEMATOXYLIN);
        double[] dab = deconvolution.amounts(image, everyPixel, Stain.DAB);
        double[] signal = signal(haematoxylin, width, height, mpp);
        double threshold = threshold(signal);
        boolean[] above = new boolean[signal.length];
        for (int i = 0; i < signal.length; i++) {
            above[i] = signal[i] > threshold;
        }
        if (settings.stainModel() == StainModel.HAEMATOXYLIN_DAB) {
            // a nucleus is where either stain marks it: Otsu on haematoxylin plus DAB would split
            // brown from everything else and miss the blue nuclei
            double[] dabSignal = signal(dab, width, height, mpp);
            double dabThreshold = threshold(dabSignal);
            for (int i = 0; i < above.length; i++) {
                above[i] |= dabSignal[i] > dabThreshold;
            }
        }
        double pixelArea = mpp * mpp;
        boolean[] foreground =
                new SmallHoles((int) Math.round(settings.maxHoleAreaUm2() / pixelArea)).fill(above, width, height);
        double[] distance = new DistanceTransform().apply(foreground, width, height);
        double[] seedPlane = new GaussianFilter(settings.seedSmoothingUm() / mpp).apply(distance, width, height);
        ConnectedComponents components = new ConnectedComponents(foreground, width, height);
        int minSeedDistance = Math.max(1, (int) Math.round(settings.minSeedDistanceUm() / mpp));
        int[] seeds = new SeedFinder(minSeedDistance).find(seedPlane, components, width, height);
        double[] flooded = new double[seedPlane.length];
        for (int i = 0; i < flooded.length; i++) {
            flooded[i] = -seedPlane[i];
        }
        int[] labels = new SeededWatershed().flood(flooded, foreground, seeds, components.labels(), width, height);
        double[][] planes = {haematoxylin, deconvolution.amounts(image, everyPixel, Stain.EOSIN), dab};
        List<Nucleus> nuclei = new RegionMeasurer(settings.minAreaUm2() / pixelArea, settings.maxAreaUm2() / pixelArea)
                .measure(labels, seeds.length, width, height, planes, mpp);
        return new DetectionSteps(
                stains, haematoxylin, signal, threshold, foreground, seedPlane, seeds, labels, nuclei);
    }
}
