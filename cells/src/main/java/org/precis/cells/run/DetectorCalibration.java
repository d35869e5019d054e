package org.precis.cells.run;

import org.precis.cells.nuclei.NucleusDetector;
import org.precis.slide.RgbImage;

/**
 * Fixes, once for a run, what a detector would otherwise choose from each image it is given (stain
 * vectors, thresholds): a detector that chose them tile by tile would find different nuclei in
 * different tilings. The run hands it a sample of its region at the detector's resolution
 * ({@link CalibrationSample}); for the classical detector this is
 * {@code (sample, mpp) -> detector.calibratedOn(sample, mpp)}.
 */
@FunctionalInterface
public interface DetectorCalibration {

    /** The detector to run on every tile, its choices made on {@code sample} ({@code mpp} µm/px). */
    NucleusDetector calibrate(RgbImage sample, double mpp);

    /**
     * Whether a region of {@code width} x {@code height} detector pixels is calibrated on whole
     * rather than on {@link CalibrationSample}'s windows: by default up to 1024 x 1024 (a
     * megapixel). A calibration that is cheap per pixel may take larger regions whole, so that a
     * run on them makes the very choices one image of the region would.
     */
    default boolean calibratesWhole(int width, int height) {
        return width <= CalibrationSample.WHOLE_REGION_PX && height <= CalibrationSample.WHOLE_REGION_PX;
    }

    /**
     * Windows a side of the sample a region not taken whole is calibrated on (of at most 256 x 256
     * pixels each, spread evenly over the region): by default 4, a megapixel in all.
     */
    default int sampleWindowsPerSide() {
        return CalibrationSample.WINDOWS;
    }

    /** A detector that chooses nothing from its image, used as it is. */
    static DetectorCalibration fixed(NucleusDetector detector) {
        return (sample, mpp) -> detector;
    }
}
