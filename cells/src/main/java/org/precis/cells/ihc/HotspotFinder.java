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
        double[] x = new double[cells.size()];
        double[] y = new double[cells.size()];
        boolean[] positive = new boolean[cells.size()];
        for (int i = 0; i < x.length; i++) {
            ScoredCell cell = cells.get(i);
            x[i] = cell.nucleus().centroidX();
            y[i] = cell.nucleus().centroidY();
            positive[i] = cell.positive();
        }
        return find(x, y, positive, width, height, mpp);
    }

    /**
     * The hot spot of nuclei at centroids {@code (x[i], y[i])} (pixels of an image of {@code width}
     * x {@code height} pixels of {@code mpp} µm), {@code positive[i]} saying which are positive; empty
     * when the image is narrower than the circle. The nuclei are put into square buckets of the
     * circle's radius, so each centre looks only at the buckets its circle reaches: a whole slide's
     * million nuclei and tens of thousands of centres take seconds.
     */
    public Optional<Hotspot> find(double[] x, double[] y, boolean[] positive, long width, long height, double mpp) {
        if (x.length != y.length || x.length != positive.length) {
            throw new IllegalArgumentException("centroid and class arrays differ in length: " + x.length + ", "
                    + y.length + ", " + positive.length);
        }
        double radius = diameterUm / 2 / mpp;
        if (2 * radius > width + 1e-9 || 2 * radius > height + 1e-9) {
            return Optional.empty();
        }
        double step = Math.max(1, STEP_FRACTION * 2 * radius);
        long columns = (long) Math.floor((width - 2 * radius) / step + 1e-9) + 1;
        long rows = (long) Math.floor((height - 2 * radius) / step + 1e-9) + 1;
        // centre the grid of centres in the range they may take
        double x0 = radius + (width - 2 * radius - (columns - 1) * step) / 2;
        double y0 = radius + (height - 2 * radius - (rows - 1) * step) / 2;
        double r2 = radius * radius;
        Buckets buckets = new Buckets(x, y, radius, width, height);
        int bestPositive = -1;
        int bestCells = 0;
        double bestX = 0;
        double bestY = 0;
        for (long row = 0; row < rows; row++) {
            double cy = y0 + row * step;
            int firstRow = buckets.index(cy - radius, buckets.rows);
            int lastRow = buckets.index(cy + radius, buckets.rows);
            for (long column = 0; column < columns; column++) {
                double cx = x0 + column * step;
                int firstColumn = buckets.index(cx - radius, buckets.columns);
                int lastColumn = buckets.index(cx + radius, buckets.columns);
                int inside = 0;
                int positives = 0;
                for (int br = firstRow; br <= lastRow; br++) {
                    for (int bc = firstColumn; bc <= lastColumn; bc++) {
                        int b = br * buckets.columns + bc;
                        for (int k = buckets.start[b]; k < buckets.start[b + 1]; k++) {
                            int i = buckets.members[k];
                            double dx = x[i] - cx;
                            double dy = y[i] - cy;
                            if (dx * dx + dy * dy <= r2) {
                                inside++;
                                if (positive[i]) {
                                    positives++;
                                }
                            }
                        }
                    }
                }
                if (positives > bestPositive || (positives == bestPositive && inside < bestCells)) {
                    bestPositive = positives;
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

    /**
     * The nuclei sorted into square buckets of a given side by centroid (counting sort: {@code
     * members[start[b] .. start[b + 1])} are bucket {@code b}'s, row-major). A centroid outside the
     * image falls into the nearest edge bucket; no circle inside the image reaches it in a way an
     * edge bucket would not also be searched for.
     */
    private static final class Buckets {
        final double side;
        final int columns;
        final int rows;
        final int[] start;
        final int[] members;

        Buckets(double[] x, double[] y, double side, long width, long height) {
            this.side = side;
            this.columns = (int) Math.max(1, Math.ceil(width / side));
            this.rows = (int) Math.max(1, Math.ceil(height / side));
            int[] of = new int[x.length];
            start = new int[columns * rows + 1];
            for (int i = 0; i < x.length; i++) {
                of[i] = index(y[i], rows) * columns + index(x[i], columns);
                start[of[i] + 1]++;
            }
            for (int b = 0; b < columns * rows; b++) {
                start[b + 1] += start[b];
            }
            int[] next = java.util.Arrays.copyOf(start, start.length - 1);
            members = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                members[next[of[i]]++] = i;
            }
        }

        /** The bucket along one axis holding coordinate {@code v}, clamped to the {@code count} there are. */
        int index(double v, int count) {
            int i = (int) Math.floor(v / side);
            return Math.max(0, Math.min(count - 1, i));
        }
    }
}
