package org.precis.cells.ihc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.imaging.stain.StainMatrix;
import org.precis.slide.RgbImage;

/**
 * Scores one haematoxylin–DAB image: its white and stain vectors, the nuclei (found by {@code
 * detector} on the nuclear-stain image, haematoxylin plus DAB drawn in the standard haematoxylin
 * colour, so the detector must measure haematoxylin with the standard vectors), each nucleus's
 * mean DAB, the thresholds of the positivity rule, the classes, and the hot spot.
 */
public final class Ki67Scorer {

    /** Finest pixel size scored, µm: finer than any scanner's. */
    public static final double MIN_MPP = 0.05;
    /** Coarsest pixel size scored, µm: at 2 µm/px a 6 µm nucleus is 3 pixels across. */
    public static final double MAX_MPP = 2.0;
    /** Largest image scored at once, pixels (a region of about 1.6 mm square at 0.23 µm/px). */
    public static final long MAX_PIXELS = 50_000_000L;

    private final NucleusDetector detector;
    private final Ki67Settings settings;
    private final HdabStainEstimator estimator = new HdabStainEstimator();

    public Ki67Scorer(NucleusDetector detector, Ki67Settings settings) {
        if (detector == null || settings == null) {
            throw new IllegalArgumentException("detector and settings are required");
        }
        this.detector = detector;
        this.settings = settings;
    }

    /**
     * Largest nucleus kept, µm²: Ki67-positive nuclei are cycling, large tumour nuclei, and brown
     * ones look larger than blue ones (on the OS-2 crop the darkest measure 200 to 230 µm²), so the
     * H&amp;E detector's 200 µm² would drop the very nuclei the index counts.
     */
    public static final double MAX_NUCLEUS_AREA_UM2 = 400;

    /**
     * The scorer with the classical detector, told to measure haematoxylin with the standard
     * vectors (the nuclear-stain image it is given is drawn with them, so its haematoxylin is
     * haematoxylin plus DAB and there is no DAB left for its own IHC mode to look at), and to keep
     * nuclei up to {@link #MAX_NUCLEUS_AREA_UM2}; its other settings are its defaults.
     *
     * <p>Why not the detector's own IHC mode (haematoxylin or DAB above its own Otsu threshold) on
     * the image itself: tried on the OS-2 crop with the image's estimated stains, it was as stable
     * across the simulated scanners (index within 1.3 points, count within 2.0%) but missed pale
     * brown nuclei whose DAB is below the DAB Otsu threshold and whose haematoxylin is hidden
     * under the brown (1+ nuclei 37 against 75 here), which a pathologist counts.
     */
    public static Ki67Scorer classical(Ki67Settings settings) {
        ClassicalDetectorSettings h =
                ClassicalDetectorSettings.immunohistochemistry().withGivenStains(StainMatrix.HAEMATOXYLIN_EOSIN_DAB);
        ClassicalDetectorSettings ihc = h.withMaxAreaUm2(MAX_NUCLEUS_AREA_UM2);
        return new Ki67Scorer(new ClassicalNucleusDetector(ihc), settings);
    }

    public Ki67Settings settings() {
        return settings;
    }

    public NucleusDetector detector() {
        return detector;
    }

    /** Checks a pixel size before any pixel is read: an {@link IllegalArgumentException} naming the range. */
    public static void requireScorablePixelSize(double mpp) {
        if (!(mpp >= MIN_MPP && mpp <= MAX_MPP)) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "pixel size %s µm/px is outside what nuclei can be scored at (%.2f to %.1f µm/px)",
                    mpp,
                    MIN_MPP,
                    MAX_MPP));
        }
    }

    /** Checks an image size before it is read. */
    public static void requireScorableSize(long width, long height) {
        if (width < 16 || height < 16) {
            throw new IllegalArgumentException(
                    "image of " + width + "x" + height + " px is too small to score (at least 16x16 px)");
        }
        if (width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("image of " + width + "x" + height + " px is larger than "
                    + MAX_PIXELS / 1_000_000 + " Mpx scored at once: choose a region with --region X,Y,W,H");
        }
    }

    public Ki67Result score(RgbImage image, double mpp) throws UnsuitableImageException {
        requireScorablePixelSize(mpp);
        requireScorableSize(image.width(), image.height());
        StainEstimate estimate = estimate(image);
        HdabDensities densities = HdabDensities.of(image, estimate);
        List<Nucleus> nuclei = detector.detect(densities.nuclearStainImage(cap(densities)), mpp);
        List<NuclearStain> stains = new ArrayList<>(nuclei.size());
        double[] dabMeans = new double[nuclei.size()];
        for (int i = 0; i < nuclei.size(); i++) {
            NuclearStain stain = densities.measure(nuclei.get(i).outline());
            stains.add(stain);
            dabMeans[i] = stain.dabMean();
        }
        DabThresholds thresholds = settings.rule().thresholds(dabMeans);
        List<ScoredCell> cells = new ArrayList<>(nuclei.size());
        for (int i = 0; i < nuclei.size(); i++) {
            cells.add(new ScoredCell(nuclei.get(i), stains.get(i), thresholds.bin(dabMeans[i])));
        }
        HotspotFinder finder = new HotspotFinder(settings.hotspotDiameterUm());
        Optional<Hotspot> hotspot = finder.find(cells, image.width(), image.height(), mpp);
        int positive = (int) cells.stream().filter(ScoredCell::positive).count();
        List<String> warnings =
                warnings(estimate, cells.size(), positive, thresholds, hotspot, image.width(), image.height(), mpp);
        return new Ki67Result(image.width(), image.height(), mpp, estimate, thresholds, cells, hotspot, warnings);
    }

    /** The white and stain vectors an image is scored with: its own, or the standard ones on a brightfield image. */
    StainEstimate estimate(RgbImage image) throws UnsuitableImageException {
        if (settings.stainSource() == StainSource.PER_IMAGE) {
            return estimator.estimate(image);
        }
        BrightfieldCheck.require(image, WhitePoint.of(image));
        return new StainEstimate(WhitePoint.FULL_SCALE, HdabStains.STANDARD, List.of());
    }

    /** The density the nuclear-stain image is capped at, from the image's stained pixels. */
    double cap(HdabDensities densities) {
        return densities.haematoxylinPercentile(settings.nuclearCapPercentile(), Ki67Settings.STAINED_DENSITY);
    }

    /**
     * What a reader of the numbers must know: the stain estimate's warnings, no nuclei, no DAB or
     * a DAB that does not separate (the floor is the threshold), no hot spot in a small image.
     */
    List<String> warnings(
            StainEstimate estimate,
            long cells,
            long positive,
            DabThresholds thresholds,
            Optional<Hotspot> hotspot,
            long width,
            long height,
            double mpp) {
        List<String> warnings = new ArrayList<>(estimate.warnings());
        if (cells == 0) {
            warnings.add("no nuclei found: the index is undefined and reported as 0");
        } else if (thresholds.origin() == ThresholdOrigin.FLOOR) {
            warnings.add(String.format(
                    Locale.ROOT,
                    positive == 0
                            ? "no DAB signal: no nucleus has a mean DAB of %.2f OD or more, so none is positive"
                            : "weak DAB signal: the nuclear DAB does not separate into two classes above %.2f OD;"
                                    + " the floor is the threshold",
                    thresholds.positive()));
        }
        if (hotspot.isEmpty()) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "no hot spot: the image (%.0f x %.0f µm) is smaller than the %.0f µm hot-spot circle",
                    width * mpp,
                    height * mpp,
                    settings.hotspotDiameterUm()));
        }
        return warnings;
    }
}
