package org.precis.cells.run;

import java.util.List;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.slide.RgbImage;

/**
 * Fixes, once for a run, what a detector would otherwise choose from each image it is given (stain
 * vectors, a threshold): a detector that chose them tile by tile would find different nuclei in
 * different tilings. The run hands it sample windows of its region at the detector's resolution
 * ({@link CalibrationSample}).
 */
@FunctionalInterface
public interface DetectorCalibration {

    /** The detector to run on every tile, its choices made on {@code windows} ({@code mpp} µm/px). */
    NucleusDetector calibrate(List<RgbImage> windows, double mpp);

    /** A detector that chooses nothing from its image, used as it is. */
    static DetectorCalibration fixed(NucleusDetector detector) {
        return (windows, mpp) -> detector;
    }
}
