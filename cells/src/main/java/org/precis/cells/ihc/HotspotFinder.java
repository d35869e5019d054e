package org.precis.cells.ihc;

import java.util.List;
import java.util.Optional;

/**
 * Finds the hot spot: of all circles of a given diameter that lie inside the image, centred on a
 * grid of a tenth of the diameter, the one holding the most positive nuclei (by centroid); on a
 * tie, the one with the fewest nuclei (the higher index), then the first in row order.
 */
public final class HotspotFinder {

    /** Grid step of the centres, as a fraction of the diameter. */
    static final double STEP_FRACTION = 0.1;

    private final double diameterUm;

    public HotspotFinder(double diameterUm) {
        if (!(diameterUm > 0) || Double.isInfinite(diameterUm)) {
            throw new IllegalArgumentException("hot-spot diameter must be positive: " + diameterUm + " µm");
        }
        this.diameterUm = diameterUm;
    }

    public double diameterUm() {
        return diameterUm;
    }

    /** The hot spot, or empty when the image is narrower than the circle. */
    public Optional<Hotspot> find(List<ScoredCell> cells, int width, int height, double mpp) {
        double radius = diameterUm / 2 / mpp;
        if (2 * radius > width + 1e-9 || 2 * radius > height + 1e-9) {
            return Optional.empty();
        }
        double step = Math.max(1, STEP_FRACTION * 2 * radius);
        int columns = (int) Math.floor((width - 2 * radius) / step + 1e-9) + 1;
        int rows = (int) Math.floor((height - 2 * radius) / step + 1e-9) + 1;
        // centre the grid of centres in the range they may take
        double x0 = radius + (width - 2 * radius - (columns - 1) * step) / 2;
        double y0 = radius + (height - 2 * radius - (rows - 1) * step) / 2;
        double r2 = radius * radius;
        int bestPositive = -1;
        int bestCells = 0;
        double bestX = 0;
        double bestY = 0;
        for (int row = 0; row < rows; row++) {
            double cy = y0 + row * step;
            for (int column = 0; column < columns; column++) {
                double cx = x0 + column * step;
                int inside = 0;
                int positive = 0;
                for (ScoredCell cell : cells) {
                    double dx = cell.nucleus().centroidX() - cx;
                    double dy = cell.nucleus().centroidY() - cy;
                    if (dx * dx + dy * dy <= r2) {
                        inside++;
                        if (cell.positive()) {
                            positive++;
                        }
                    }
                }
                if (positive > bestPositive || (positive == bestPositive && inside < bestCells)) {
                    bestPositive = positive;
                    bestCells = inside;
                    bestX = cx;
                    bestY = cy;
                }
            }
        }
        double areaMm2 = Math.PI * Math.pow(diameterUm / 2000, 2);
        double percent = bestCells == 0 ? 0 : 100.0 * bestPositive / bestCells;
        return Optional.of(new Hotspot(bestX, bestY, diameterUm, areaMm2, bestCells, bestPositive, percent));
    }
}
