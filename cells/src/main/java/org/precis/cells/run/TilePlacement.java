package org.precis.cells.run;

import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.output.PixelRegion;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.Ring;
import org.precis.imaging.outline.Vertex;

/**
 * Which of a tile's nuclei the tile keeps, and where they are on the slide. A tile keeps a nucleus
 * whose centroid lies in its core and that reaches no further from its centroid than the
 * detector's {@code maxNucleusRadiusUm}: a larger object may be cut by the tile's edge, so what the
 * detector makes of it would depend on the tiling; it is dropped (and counted) whatever the tiling.
 * Kept nuclei are moved to level-0 pixels (detector pixel (i, j) covers level-0
 * [x + d i, x + d (i + 1)) x [y + d j, y + d (j + 1)) for region corner (x, y), downsample d).
 */
final class TilePlacement {

    private final PixelRegion region;
    private final WorkingResolution resolution;
    private final double maxReachPx;

    TilePlacement(PixelRegion region, WorkingResolution resolution, double maxNucleusRadiusUm) {
        this.region = region;
        this.resolution = resolution;
        this.maxReachPx = maxNucleusRadiusUm / resolution.mpp();
    }

    /** Half the overlap tiles need, detector pixels: more than {@code reachUm}, so what a kept nucleus depends on lies in its tile. */
    static int halfOverlapPx(double reachUm, double mpp) {
        return (int) Math.floor(reachUm / mpp) + 1;
    }

    /**
     * What a tile keeps of its detections.
     *
     * @param nuclei the kept nuclei in level-0 pixels
     * @param centroids the same nuclei's centroids {@code {x, y}} in the tile's pixels, in order
     * @param oversized nuclei dropped for reaching further than the detector says a nucleus may
     */
    record Kept(List<Nucleus> nuclei, List<double[]> centroids, int oversized) {}

    /** The nuclei {@code tile} keeps, in level-0 pixels, from {@code found} in the tile's pixels. */
    Kept keep(DetectionTile tile, List<Nucleus> found) {
        List<Nucleus> kept = new ArrayList<>();
        List<double[]> centroids = new ArrayList<>();
        int oversized = 0;
        for (Nucleus nucleus : found) {
            if (!tile.coreContains(tile.x() + nucleus.centroidX(), tile.y() + nucleus.centroidY())) {
                continue;
            }
            if (reach(nucleus) > maxReachPx) {
                oversized++;
                continue;
            }
            kept.add(placed(tile, nucleus));
            centroids.add(new double[] {nucleus.centroidX(), nucleus.centroidY()});
        }
        return new Kept(kept, centroids, oversized);
    }

    private static double reach(Nucleus nucleus) {
        double largest = 0;
        for (Ring ring : nucleus.outline().rings()) {
            for (Vertex v : ring.vertices()) {
                largest = Math.max(largest, Math.hypot(v.x() - nucleus.centroidX(), v.y() - nucleus.centroidY()));
            }
        }
        return largest;
    }

    private Nucleus placed(DetectionTile tile, Nucleus nucleus) {
        List<Ring> holes = new ArrayList<>();
        for (Ring hole : nucleus.outline().holes()) {
            holes.add(placed(tile, hole));
        }
        return new Nucleus(
                new Polygon(placed(tile, nucleus.outline().exterior()), holes),
                levelZeroX(tile, nucleus.centroidX()),
                levelZeroY(tile, nucleus.centroidY()),
                nucleus.measurements());
    }

    private Ring placed(DetectionTile tile, Ring ring) {
        List<Vertex> vertices = new ArrayList<>(ring.vertices().size());
        for (Vertex v : ring.vertices()) {
            vertices.add(new Vertex(levelZeroX(tile, v.x()), levelZeroY(tile, v.y())));
        }
        return new Ring(vertices);
    }

    private double levelZeroX(DetectionTile tile, double x) {
        return region.x() + resolution.downsample() * (tile.x() + x);
    }

    private double levelZeroY(DetectionTile tile, double y) {
        return region.y() + resolution.downsample() * (tile.y() + y);
    }
}
