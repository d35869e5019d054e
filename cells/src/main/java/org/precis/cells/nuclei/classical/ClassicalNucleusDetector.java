package org.precis.cells.nuclei.classical;

import java.util.List;
import java.util.Map;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.imaging.stain.ColourDeconvolution;
import org.precis.imaging.stain.Stain;
import org.precis.imaging.stain.StainConcentrations;
import org.precis.imaging.stain.StainMatrix;
import org.precis.imaging.tissue.OtsuThreshold;
import org.precis.slide.RgbImage;

/**
 * Nuclei by colour deconvolution, thresholding and a distance-transform watershed: the haematoxylin
 * amount (stain vectors per {@link StainChoice}), smoothed by a Gaussian, less its grey-level
 * opening (background); Otsu's threshold over the image (scaled, with a floor); small holes filled;
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
        StainConcentrations amounts = new ColourDeconvolution(stains).separate(image);
        double[] haematoxylin = amounts.channel(Stain.HAEMATOXYLIN);
        double[] smoothed = new GaussianFilter(settings.smoothingSigmaUm() / mpp).apply(haematoxylin, width, height);
        int backgroundRadius = (int) Math.round(settings.backgroundRadiusUm() / mpp);
        double[] background = new GreyOpening(backgroundRadius).apply(smoothed, width, height);
        double[] signal = new double[smoothed.length];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = smoothed[i] - background[i];
        }
        double threshold = Math.max(
                settings.minThreshold(),
                settings.thresholdFactor() * OtsuThreshold.of(signal).value());
        boolean[] above = new boolean[signal.length];
        for (int i = 0; i < signal.length; i++) {
            above[i] = signal[i] > threshold;
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
        int[] labels = new SeededWatershed().flood(flooded, foreground, seeds, width, height);
        double[][] planes = {haematoxylin, amounts.channel(Stain.EOSIN), amounts.channel(Stain.DAB)};
        List<Nucleus> nuclei = new RegionMeasurer(settings.minAreaUm2() / pixelArea, settings.maxAreaUm2() / pixelArea)
                .measure(labels, seeds.length, width, height, planes, mpp);
        return new DetectionSteps(
                stains, haematoxylin, signal, threshold, foreground, seedPlane, seeds, labels, nuclei);
    }
}
