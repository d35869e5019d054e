package org.precis.cells.ihc;

import java.util.List;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.outline.PolygonRaster;
import org.precis.imaging.outline.Vertex;
import org.precis.imaging.stain.StainMatrix;
import org.precis.slide.RgbImage;

/**
 * The haematoxylin and DAB optical densities of every pixel of an image (decimal, against the
 * image's white), by colour deconvolution with its stain vectors; negative amounts are clipped to
 * zero. Immutable.
 */
public final class HdabDensities {

    /** Standard haematoxylin row of scikit-image's matrix, used to draw the nuclear-stain image. */
    private static final double[] STANDARD_HAEMATOXYLIN_ROW = {0.65, 0.70, 0.29};

    private final int width;
    private final int height;
    private final float[] haematoxylin;
    private final float[] dab;

    private HdabDensities(int width, int height, float[] haematoxylin, float[] dab) {
        this.width = width;
        this.height = height;
        this.haematoxylin = haematoxylin;
        this.dab = dab;
    }

    public static HdabDensities of(RgbImage image, StainEstimate estimate) {
        StainMatrix matrix = estimate.stains().matrix();
        double[][] byValue = {
            estimate.white().densities(0),
            estimate.white().densities(1),
            estimate.white().densities(2)
        };
        int pixels = image.width() * image.height();
        float[] h = new float[pixels];
        float[] d = new float[pixels];
        byte[] rgb = image.rgb();
        for (int p = 0; p < pixels; p++) {
            double r = byValue[0][rgb[3 * p] & 0xff];
            double g = byValue[1][rgb[3 * p + 1] & 0xff];
            double b = byValue[2][rgb[3 * p + 2] & 0xff];
            h[p] = (float) Math.max(
                    0, r * matrix.stainFromRgb(0, 0) + g * matrix.stainFromRgb(1, 0) + b * matrix.stainFromRgb(2, 0));
            d[p] = (float) Math.max(
                    0, r * matrix.stainFromRgb(0, 2) + g * matrix.stainFromRgb(1, 2) + b * matrix.stainFromRgb(2, 2));
        }
        return new HdabDensities(image.width(), image.height(), h, d);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double haematoxylinAt(int x, int y) {
        return haematoxylin[index(x, y)];
    }

    public double dabAt(int x, int y) {
        return dab[index(x, y)];
    }

    private int index(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is outside " + width + "x" + height);
        }
        return y * width + x;
    }

    /**
     * The nuclear stain, haematoxylin plus DAB, drawn as a haematoxylin-only image in the
     * standard haematoxylin colour on white, capped at {@code capDensity}: a detector that finds
     * nuclei by haematoxylin with the standard vectors then sees blue and brown nuclei alike (the
     * cap keeps dark brown nuclei from raising its threshold above the pale blue ones).
     */
    public RgbImage nuclearStainImage(double capDensity) {
        if (!(capDensity > 0)) {
            throw new IllegalArgumentException("nuclear stain cap must be positive: " + capDensity);
        }
        byte[] rgb = new byte[3 * width * height];
        for (int p = 0; p < haematoxylin.length; p++) {
            double amount = Math.min(capDensity, haematoxylin[p] + dab[p]);
            for (int c = 0; c < 3; c++) {
                double intensity = 255 * Math.pow(10, -amount * STANDARD_HAEMATOXYLIN_ROW[c]);
                rgb[3 * p + c] = (byte) Math.round(intensity);
            }
        }
        return new RgbImage(width, height, rgb);
    }

    /**
     * The given percentile of haematoxylin over the pixels where haematoxylin plus DAB reaches
     * {@code minDensity} (the stained pixels): the density of the darkest blue nuclei, which the
     * nuclear stain image is capped at.
     */
    public double haematoxylinPercentile(double percentile, double minDensity) {
        int[] histogram = new int[4096];
        double top = 4.0;
        int count = 0;
        for (int p = 0; p < haematoxylin.length; p++) {
            if (haematoxylin[p] + dab[p] >= minDensity) {
                histogram[(int) Math.min(histogram.length - 1, haematoxylin[p] / top * histogram.length)]++;
                count++;
            }
        }
        if (count == 0) {
            return minDensity;
        }
        long rank = (long) Math.ceil(count * percentile / 100);
        long seen = 0;
        for (int bin = 0; bin < histogram.length; bin++) {
            seen += histogram[bin];
            if (seen >= rank) {
                return Math.max(minDensity, (bin + 0.5) * top / histogram.length);
            }
        }
        return top;
    }

    /** Mean and largest DAB and mean haematoxylin over the pixels whose centres lie inside {@code outline}. */
    public NuclearStain measure(Polygon outline) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Vertex v : outline.exterior().vertices()) {
            minX = Math.min(minX, v.x());
            minY = Math.min(minY, v.y());
            maxX = Math.max(maxX, v.x());
            maxY = Math.max(maxY, v.y());
        }
        int x0 = Math.max(0, (int) Math.floor(minX));
        int y0 = Math.max(0, (int) Math.floor(minY));
        int x1 = Math.min(width, (int) Math.ceil(maxX) + 1);
        int y1 = Math.min(height, (int) Math.ceil(maxY) + 1);
        if (x1 <= x0 || y1 <= y0) {
            return NuclearStain.EMPTY;
        }
        boolean[] inside = new PolygonRaster(x1 - x0, y1 - y0).fill(List.of(outline.translated(-x0, -y0)));
        double sumDab = 0;
        double maxDab = 0;
        double sumH = 0;
        double sumH2 = 0;
        double maxH = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (inside[(y - y0) * (x1 - x0) + (x - x0)]) {
                    int p = y * width + x;
                    sumDab += dab[p];
                    maxDab = Math.max(maxDab, dab[p]);
                    sumH += haematoxylin[p];
                    sumH2 += (double) haematoxylin[p] * haematoxylin[p];
                    maxH = Math.max(maxH, haematoxylin[p]);
                    n++;
                }
            }
        }
        if (n == 0) {
            return NuclearStain.EMPTY;
        }
        double meanH = sumH / n;
        double stdH = Math.sqrt(Math.max(0, sumH2 / n - meanH * meanH));
        return new NuclearStain(meanH, maxH, stdH, sumDab / n, maxDab, n);
    }
}
