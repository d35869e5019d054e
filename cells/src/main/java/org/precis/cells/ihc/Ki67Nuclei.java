package org.precis.cells.ihc;

import java.util.List;
import org.precis.cells.output.PixelRegion;

/**
 * Every scored nucleus of a Ki67 run as a centroid in level-0 pixels and its intensity bin: a few
 * numbers a nucleus, all a whole slide's index map, hot spot or point overlay needs once the run's
 * outlines are written.
 */
public final class Ki67Nuclei {

    private final double[] x;
    private final double[] y;
    private final IntensityBin[] bins;

    /**
     * @param x centroids' level-0 x
     * @param y centroids' level-0 y
     * @param bins each nucleus's intensity bin
     */
    public Ki67Nuclei(double[] x, double[] y, IntensityBin[] bins) {
        if (x.length != y.length || x.length != bins.length) {
            throw new IllegalArgumentException("x, y and bins must have one entry a nucleus, got " + x.length + ", "
                    + y.length + ", " + bins.length);
        }
        this.x = x.clone();
        this.y = y.clone();
        this.bins = bins.clone();
    }

    /** The nuclei of one scored image whose pixels start at {@code region}'s origin. */
    public static Ki67Nuclei of(List<ScoredCell> cells, PixelRegion region) {
        double[] x = new double[cells.size()];
        double[] y = new double[cells.size()];
        IntensityBin[] bins = new IntensityBin[cells.size()];
        for (int i = 0; i < bins.length; i++) {
            ScoredCell cell = cells.get(i);
            x[i] = cell.nucleus().centroidX() + region.x();
            y[i] = cell.nucleus().centroidY() + region.y();
            bins[i] = cell.bin();
        }
        return new Ki67Nuclei(x, y, bins);
    }

    public int size() {
        return bins.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public IntensityBin bin(int i) {
        return bins[i];
    }
}
