package org.precis.imaging.outline;

import java.util.Arrays;
import java.util.List;

/**
 * Fills polygons into a binary raster: a pixel is inside when its centre is, by the even-odd rule
 * over all rings (which is their union when the polygons do not overlap).
 */
public final class PolygonRaster {

    private final int width;
    private final int height;

    public PolygonRaster(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("raster size must be positive: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
    }

    /** The raster, row by row; polygon coordinates are pixels of this raster. */
    public boolean[] fill(List<Polygon> polygons) {
        int edges = 0;
        for (Polygon polygon : polygons) {
            for (Ring ring : polygon.rings()) {
                edges += ring.vertices().size();
            }
        }
        double[] x1 = new double[edges];
        double[] y1 = new double[edges];
        double[] x2 = new double[edges];
        double[] y2 = new double[edges];
        int e = 0;
        for (Polygon polygon : polygons) {
            for (Ring ring : polygon.rings()) {
                List<Vertex> v = ring.vertices();
                for (int i = 0; i < v.size(); i++) {
                    Vertex a = v.get(i);
                    Vertex b = v.get((i + 1) % v.size());
                    x1[e] = a.x();
                    y1[e] = a.y();
                    x2[e] = b.x();
                    y2[e] = b.y();
                    e++;
                }
            }
        }
        boolean[] raster = new boolean[width * height];
        double[] crossings = new double[edges];
        for (int row = 0; row < height; row++) {
            double centreY = row + 0.5;
            int count = 0;
            for (int i = 0; i < edges; i++) {
                if ((y1[i] > centreY) != (y2[i] > centreY)) {
                    crossings[count++] = x1[i] + (centreY - y1[i]) * (x2[i] - x1[i]) / (y2[i] - y1[i]);
                }
            }
            Arrays.sort(crossings, 0, count);
            for (int k = 0; k + 1 < count; k += 2) {
                // pixels whose centre x + 0.5 lies in [from, to)
                int first = (int) Math.max(0, Math.ceil(crossings[k] - 0.5));
                int end = (int) Math.min(width, Math.ceil(crossings[k + 1] - 0.5));
                for (int column = first; column < end; column++) {
                    raster[row * width + column] = true;
                }
            }
        }
        return raster;
    }
}
