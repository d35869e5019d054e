package org.precis.cells.run;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.precis.slide.RgbImage;

/**
 * Calls the class of the nuclei a tile keeps, on that tile's pixels: a run's optional stage after
 * detection. What it looks at must lie within {@link #reachUm} of a nucleus's centroid, so that the
 * run can make its tiles overlap enough for every tiling to give the same calls. Thread-safe: tiles
 * are called on several threads at once.
 */
public interface NucleusCaller {

    /** The caller and its settings for provenance; empty when nothing is called. */
    Map<String, Object> parameters();

    /** How far from a centroid the pixels a call depends on may lie, µm, on an image of {@code mpp} µm/px. */
    double reachUm(double mpp);

    /**
     * One call for each centroid {@code {x, y}} (pixels of {@code tile}, continuous coordinates) in
     * order; {@code tile}'s pixel size is {@code mpp} µm.
     */
    List<ClassCall> call(RgbImage tile, double mpp, List<double[]> centroids) throws IOException;

    /** No stage: the nuclei stay unclassified. */
    static NucleusCaller none() {
        return NoCalls.INSTANCE;
    }
}
