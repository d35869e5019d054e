package org.precis.cells.run;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * Calls the class of the nuclei a tile keeps, on that tile's pixels: a run's optional stage after
 * detection. What it looks at must lie within {@link #reachUm} of a nucleus's centroid, so that the
 * run can make its tiles overlap enough for every tiling to give the same calls. Calls that need
 * the nuclei around a nucleus (across a seam too) are made after the tiles are merged ({@link
 * #callMerged}). Thread-safe: tiles are called on several threads at once.
 */
public interface NucleusCaller {

    /** The caller and its settings for provenance; empty when nothing is called. */
    Map<String, Object> parameters();

    /**
     * Whether each tile's nuclei are called on the tile ({@link #call}); a caller whose calls all
     * need the whole run's nuclei (a threshold set from all of them) makes them in {@link
     * #callMerged} only, and the tiles keep their nuclei unclassified until then.
     */
    default boolean callsOnTiles() {
        return true;
    }

    /** How far from a centroid the pixels a call depends on may lie, µm, on an image of {@code mpp} µm/px. */
    double reachUm(double mpp);

    /**
     * One call for each centroid {@code {x, y}} (pixels of {@code tile}, continuous coordinates) in
     * order; {@code tile}'s pixel size is {@code mpp} µm.
     */
    List<ClassCall> call(RgbImage tile, double mpp, List<double[]> centroids) throws IOException;

    /**
     * Calls that involve more than one nucleus, made once every tile is done, over all the
     * {@code nuclei} the run kept (in the run's order): a call between two nuclei, or one call
     * where several nuclei of one figure were called. What it computes from pixels it computes with
     * {@code pixels}, on the tile that owns each point, so that it does not depend on the tiling
     * either. None by default.
     */
    default MergedCalls callMerged(List<KeptNucleus> nuclei, PointPixels pixels) throws IOException, SlideException {
        return MergedCalls.none();
    }

    /** No stage: the nuclei stay unclassified. */
    static NucleusCaller none() {
        return NoCalls.INSTANCE;
    }
}
