package org.precis.cells.nuclei.classical;

import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusMeasurements;
import org.precis.imaging.outline.MaskTracer;
import org.precis.imaging.outline.Polygon;
import org.precis.imaging.stain.ColourDeconvolution;

/**
 * Turns labelled regions into nuclei: keeps those whose area is in range, traces each outline
 * along pixel edges, and measures shape (as scikit-image's {@code regionprops}: area, perimeter,
 * solidity, axes of the ellipse of equal second moments) and stain amounts. Centroids are in the
 * image's continuous coordinates (the centre of pixel (i, j) is (i + 0.5, j + 0.5)).
 */
final class RegionMeasurer {

    /**
     * Decimal optical density per scikit-image stain amount: {@code rgb2hed} divides the natural
     * log by {@code log(1e-6)}, so its amounts are decimal OD / 6; measurements are reported in
     * decimal OD, the unit QuPath's "OD" measurements use.
     */
    static final double DECIMAL_OD = -Math.log10(ColourDeconvolution.INTENSITY_FLOOR);

    private final double minAreaPixels;
    private final double maxAreaPixels;
    private final PerimeterEstimate perimeter = new PerimeterEstimate();
    private final ConvexHullArea convexHull = new ConvexHullArea();
    private final GlcmContrast texture = new GlcmContrast();

    RegionMeasurer(double minAreaPixels, double maxAreaPixels) {
        this.minAreaPixels = minAreaPixels;
        this.maxAreaPixels = maxAreaPixels;
    }

    /**
     * The nuclei of {@code labels} (1..count, 0 background), in label order; {@code haematoxylin}
     * is the unsmoothed haematoxylin plane, {@code eosin} and {@code dab} those amounts at the
     * labelled pixels only, in raster order (as {@code ColourDeconvolution.amounts} gives them);
     * {@code mpp} the pixel size in µm.
     */
    List<Nucleus> measure(
            int[] labels,
            int count,
            int width,
            int height,
            double[] haematoxylin,
            double[] eosin,
            double[] dab,
            double mpp) {
        int n = count + 1;
        long[] area = new long[n];
        double[] sumX = new double[n];
        double[] sumY = new double[n];
        int[] minX = new int[n];
        int[] minY = new int[n];
        int[] maxX = new int[n];
        int[] maxY = new int[n];
        java.util.Arrays.fill(minX, Integer.MAX_VALUE);
        java.util.Arrays.fill(minY, Integer.MAX_VALUE);
        double[] hSum = new double[n];
        double[] hMax = new double[n];
        double[] eSum = new double[n];
        double[] dSum = new double[n];
        double[] dMax = new double[n];
        int k = 0;
        for (int y = 0, p = 0; y < height; y++) {
            for (int x = 0; x < width; x++, p++) {
                int label = labels[p];
                if (label == 0) {
                    continue;
                }
                area[label]++;
                sumX[label] += x;
                sumY[label] += y;
                minX[label] = Math.min(minX[label], x);
                maxX[label] = Math.max(maxX[label], x);
                minY[label] = Math.min(minY[label], y);
                maxY[label] = Math.max(maxY[label], y);
                hSum[label] += haematoxylin[p];
                hMax[label] = Math.max(hMax[label], haematoxylin[p]);
                eSum[label] += eosin[k];
                dSum[label] += dab[k];
                dMax[label] = Math.max(dMax[label], dab[k]);
                k++;
            }
        }
        List<Nucleus> nuclei = new ArrayList<>();
        double pixelArea = mpp * mpp;
        for (int label = 1; label <= count; label++) {
            if (area[label] < minAreaPixels || area[label] > maxAreaPixels) {
                continue;
            }
            int boxWidth = maxX[label] - minX[label] + 1;
            int boxHeight = maxY[label] - minY[label] + 1;
            boolean[] region = new boolean[boxWidth * boxHeight];
            int[] levels = new int[region.length];
            double meanX = sumX[label] / area[label];
            double meanY = sumY[label] / area[label];
            double hMean = hSum[label] / area[label];
            double xx = 0;
            double yy = 0;
            double xy = 0;
            double hSquares = 0;
            for (int by = 0; by < boxHeight; by++) {
                int row = (minY[label] + by) * width + minX[label];
                for (int bx = 0; bx < boxWidth; bx++) {
                    int p = row + bx;
                    if (labels[p] != label) {
                        continue;
                    }
                    int b = by * boxWidth + bx;
                    region[b] = true;
                    levels[b] = GlcmContrast.level(haematoxylin[p]);
                    double dx = minX[label] + bx - meanX;
                    double dy = minY[label] + by - meanY;
                    xx += dx * dx;
                    yy += dy * dy;
                    xy += dx * dy;
                    double dh = haematoxylin[p] - hMean;
                    hSquares += dh * dh;
                }
            }
            xx /= area[label];
            yy /= area[label];
            xy /= area[label];
            double half = (xx + yy) / 2;
            double spread = Math.sqrt(Math.max(0, (xx - yy) * (xx - yy) / 4 + xy * xy));
            double major = 4 * Math.sqrt(Math.max(0, half + spread));
            double minor = 4 * Math.sqrt(Math.max(0, half - spread));
            double perimeterPixels = perimeter.of(region, boxWidth, boxHeight);
            double areaUm2 = area[label] * pixelArea;
            double perimeterUm = perimeterPixels * mpp;
            double circularity = perimeterUm > 0 ? 4 * Math.PI * areaUm2 / (perimeterUm * perimeterUm) : 0;
            long hull = convexHull.of(region, boxWidth, boxHeight);
            double solidity = hull > 0 ? (double) area[label] / hull : 1;
            NucleusMeasurements measurements = new NucleusMeasurements(
                    areaUm2,
                    perimeterUm,
                    circularity,
                    solidity,
                    major * mpp,
                    minor * mpp,
                    DECIMAL_OD * hMean,
                    DECIMAL_OD * hMax[label],
                    DECIMAL_OD * Math.sqrt(hSquares / area[label]),
                    DECIMAL_OD * eSum[label] / area[label],
                    DECIMAL_OD * dSum[label] / area[label],
                    DECIMAL_OD * dMax[label],
                    texture.of(region, levels, boxWidth, boxHeight));
            Polygon outline = outline(region, boxWidth, boxHeight, minX[label], minY[label]);
            nuclei.add(new Nucleus(outline, meanX + 0.5, meanY + 0.5, measurements));
        }
        return List.copyOf(nuclei);
    }

    /** The largest traced polygon of the region, moved to image coordinates. */
    private static Polygon outline(boolean[] region, int width, int height, int offsetX, int offsetY) {
        Polygon largest = null;
        for (Polygon polygon : new MaskTracer(width, height).trace(region)) {
            if (largest == null || polygon.area() > largest.area()) {
                largest = polygon;
            }
        }
        return largest.translated(offsetX, offsetY);
    }
}
