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

    /**
     * This detector with what it would estimate on {@code sample} fixed: the stain vectors and the
     * signal thresholds. Run once on a representative view of a slide (a low-magnification
     * overview read at the working pixel size, or a large region), the calibrated detector gives
     * each tile of a whole-slide run the same stains and thresholds, so that its nuclei do not
     * depend on how the slide is tiled.
     */
    public ClassicalNucleusDetector calibratedOn(RgbImage sample, double mpp) {
        if (!(mpp > 0) || Double.isInfinite(mpp)) {
            throw new IllegalArgumentException("pixel size must be positive and finite: " + mpp + " µm/px");
        }
        StainMatrix stains = new StainChoice(settings).of(sample);
        ColourDeconvolution deconvolution = new ColourDeconvolution(stains);
        double haematoxylin = threshold(
                signal(deconvolution.amounts(sample, Stain.HAEMATOXYLIN), sample.width(), sample.height(), mpp));
        double dab = threshold(signal(deconvolution.amounts(sample, Stain.DAB), sample.width(), sample.height(), mpp));
        return new ClassicalNucleusDetector(
                settings.withGivenStains(stains).withGivenThresholds(new SignalThresholds(haematoxylin, dab)));
    }

    /** A stain plane smoothed, less its background (grey-level opening). */
    private double[] signal(double[] stain, int width, int height, double mpp) {
        double[] smoothed = new GaussianFilter(settings.smoothingSigmaUm() / mpp).apply(stain, width, height);
        int backgroundRadius = (int) Math.round(settings.backgroundRadiusUm() / mpp);
        double[] signal = new GreyOpening(backgroundRadius).apply(smoothed, width, height);
        // the background plane becomes the signal, in place
        for (int i = 0; i < signal.length; i++) {
            signal[i] = smoothed[i] - signal[i];
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
        double[] haematoxylin = deconvolution.amounts(image, Stain.HAEMATOXYLIN);
        double[] signal = signal(haematoxylin, width, height, mpp);
        double threshold =
                settings.givenThresholds().map(SignalThresholds::haematoxylin).orElseGet(() -> threshold(signal));
        boolean[] above = new boolean[signal.length];
        for (int i = 0; i < signal.length; i++) {
            above[i] = signal[i] > threshold;
        }
        if (settings.stainModel() == StainModel.HAEMATOXYLIN_DAB) {
            // a nucleus is where either stain marks it: Otsu on haematoxylin plus DAB would split
            // brown from everything else and miss the blue nuclei
            double[] dabSignal = signal(deconvolution.amounts(image, Stain.DAB), width, height, mpp);
            double dabThreshold =
                    settings.givenThresholds().map(SignalThresholds::dab).orElseGet(() -> threshold(dabSignal));
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
        // eosin and DAB are measured at the labelled pixels only
        boolean[] labelled = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labelled[i] = labels[i] != 0;
        }
        double[] eosinAtLabelled = deconvolution.amounts(image, labelled, Stain.EOSIN);
        double[] dabAtLabelled = deconvolution.amounts(image, labelled, Stain.DAB);
        List<Nucleus> nuclei = new RegionMeasurer(settings.minAreaUm2() / pixelArea, settings.maxAreaUm2() / pixelArea)
                .measure(labels, seeds.length, width, height, haematoxylin, eosinAtLabelled, dabAtLabelled, mpp);
        return new DetectionSteps(
                stains, haematoxylin, signal, threshold, foreground, seedPlane, seeds, labels, nuclei);
    }
}
