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

    /** A detector that chooses nothing from its image, used as it is. */
    static DetectorCalibration fixed(NucleusDetector detector) {
        return (sample, mpp) -> detector;
    }
}
