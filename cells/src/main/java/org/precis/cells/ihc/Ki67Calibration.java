package org.precis.cells.ihc;

import org.precis.cells.nuclei.NucleusDetector;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.cells.run.DetectorCalibration;
import org.precis.slide.RgbImage;

/**
 * Fixes a tiled Ki67 run's choices on the run's calibration sample, as the scorer makes them on one
 * image: the white and stain vectors, the nuclear-stain cap and the classical detector's signal
 * thresholds on the capped nuclear-stain image. Regions up to {@link #WHOLE_PIXELS} are taken
 * whole, so that a tiled run on them finds exactly the scorer's nuclei; larger ones on the run's
 * sample windows. One per run: it keeps the detector it made, whose stains the report names.
 */
final class Ki67Calibration implements DetectorCalibration {

    /**
     * Largest region calibrated whole, pixels (about 2,800 px square, 0.4 mm² at 0.23 µm/px): the
     * calibration holds about 50 bytes a pixel, 400 MB here.
     */
    static final long WHOLE_PIXELS = 8_000_000L;

    /** Windows a side of the sample a larger region is calibrated on. */
    static final int SAMPLE_WINDOWS = 8;

    /** Thrown out of {@link #calibrate} when the sample cannot be scored (not haematoxylin–DAB, not brightfield). */
    static final class UnsuitableSample extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsuitableSample(UnsuitableImageException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final Ki67Scorer scorer;
    private final long wholePixels;
    private Ki67TileDetector made;

    /** @param wholePixels largest region calibrated whole, pixels ({@link #WHOLE_PIXELS}) */
    Ki67Calibration(Ki67Scorer scorer, long wholePixels) {
        this.scorer = scorer;
        this.wholePixels = wholePixels;
    }

    @Override
    public boolean calibratesWhole(int width, int height) {
        return (long) width * height <= wholePixels;
    }

    /**
     * 8 x 8 windows, 4 megapixels (0.2 mm² at 0.23 µm/px): the stain estimate wants more stained
     * pixels than the detector's thresholds do, from more places.
     */
    @Override
    public int sampleWindowsPerSide() {
        return SAMPLE_WINDOWS;
    }

    @Override
    public NucleusDetector calibrate(RgbImage sample, double mpp) {
        StainEstimate estimate;
        try {
            estimate = scorer.estimate(sample);
        } catch (UnsuitableImageException e) {
            throw new UnsuitableSample(e);
        }
        HdabDensities densities = HdabDensities.of(sample, estimate);
        double cap = scorer.cap(densities);
        NucleusDetector nuclear = scorer.detector() instanceof ClassicalNucleusDetector classical
                ? classical.calibratedOn(densities.nuclearStainImage(cap), mpp)
                : scorer.detector();
        made = new Ki67TileDetector(estimate, cap, nuclear);
        return made;
    }

    /** The white and stain vectors the run was calibrated with. */
    StainEstimate estimate() {
        if (made == null) {
            throw new IllegalStateException("the run has not been calibrated");
        }
        return made.estimate();
    }
}
