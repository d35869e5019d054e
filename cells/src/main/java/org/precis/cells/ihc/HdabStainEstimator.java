package org.precis.cells.ihc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.precis.imaging.stain.StainVector;
import org.precis.slide.RgbImage;

/**
 * Estimates the haematoxylin and DAB vectors of one brightfield image by Macenko's method
 * (Macenko et al. 2009): the optical densities of stained pixels, the plane of their two
 * principal directions, and the directions at the 1st and 99th percentile of the angle in that
 * plane. The one nearer the standard haematoxylin is haematoxylin; the other is DAB, unless it is
 * nearer eosin than DAB (an H&amp;E image: refused), or too far from any DAB (the standard DAB is
 * used, with a warning), or barely apart from haematoxylin (no second stain: the standard DAB, and a
 * warning that the image shows no DAB).
 */
public final class HdabStainEstimator {

    /** Least total (three-channel) optical density of a pixel used for the estimate: stained, not glass. */
    public static final double MIN_TOTAL_DENSITY = 0.3;
    /** Largest density of any channel used: darker pixels are saturated and their colour unreliable. */
    public static final double MAX_CHANNEL_DENSITY = 2.0;
    /** Fewest stained pixels, as a fraction of the image, for an estimate. */
    public static final double MIN_STAINED_FRACTION = 0.01;
    /** Percentile of the angle (and 100 minus it) that marks each stain. */
    public static final double ANGLE_PERCENTILE = 1;
    /** Two directions closer than this are one stain. */
    public static final double MIN_SEPARATION_DEGREES = 8;
    /** An estimated vector further than this from its standard is not trusted. */
    public static final double MAX_DEVIATION_DEGREES = 30;
    /** Pixels used at most (evenly spaced), which keeps a large region quick without changing the estimate. */
    static final int MAX_PIXELS = 500_000;

    /** The image's white and stains; refuses an image that is not haematoxylin–DAB brightfield. */
    public StainEstimate estimate(RgbImage image) throws UnsuitableImageException {
        WhitePoint white = WhitePoint.of(image);
        BrightfieldCheck.require(image, white);
        List<String> warnings = new ArrayList<>();
        double[] od = stainedDensities(image, white);
        int stained = od.length / 3;
        long pixels = (long) image.width() * image.height();
        if (stained < Math.max(10, MIN_STAINED_FRACTION * Math.min(pixels, MAX_PIXELS))) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "too little stain to estimate the stain vectors (%d stained pixels): the standard"
                            + " haematoxylin and DAB vectors are used",
                    stained));
            return new StainEstimate(white, HdabStains.STANDARD, warnings);
        }
        StainVector[] extremes = extremeDirections(od);
        StainVector first = extremes[0];
        StainVector second = extremes[1];
        if (HdabStains.angleDegrees(second, HdabStains.STANDARD.haematoxylin())
                < HdabStains.angleDegrees(first, HdabStains.STANDARD.haematoxylin())) {
            StainVector swap = first;
            first = second;
            second = swap;
        }
        StainVector haematoxylin = first;
        if (HdabStains.angleDegrees(haematoxylin, HdabStains.STANDARD.haematoxylin()) > MAX_DEVIATION_DEGREES) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "the estimated haematoxylin is %.0f° from the standard one: the standard vector is used",
                    HdabStains.angleDegrees(haematoxylin, HdabStains.STANDARD.haematoxylin())));
            haematoxylin = HdabStains.STANDARD.haematoxylin();
        }
        double separation = HdabStains.angleDegrees(first, second);
        double toDab = HdabStains.angleDegrees(second, HdabStains.STANDARD.dab());
        double toEosin = HdabStains.angleDegrees(second, HdabStains.EOSIN);
        StainVector dab = second;
        if (separation < MIN_SEPARATION_DEGREES) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "one stain only (the colours of stained pixels span %.1f°): no DAB stain found;"
                            + " the standard DAB vector is used",
                    separation));
            dab = HdabStains.STANDARD.dab();
        } else if (toEosin < toDab) {
            throw new UnsuitableImageException(String.format(
                    Locale.ROOT,
                    "the second stain is eosin-like (%.0f° from eosin, %.0f° from DAB): this looks like"
                            + " H&E, not a haematoxylin-DAB (IHC) image",
                    toEosin,
                    toDab));
        } else if (toDab > MAX_DEVIATION_DEGREES) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "the second stain is %.0f° from the standard DAB: the standard DAB vector is used",
                    toDab));
            dab = HdabStains.STANDARD.dab();
        }
        StainOrigin origin = haematoxylin == first && dab == second ? StainOrigin.ESTIMATED : StainOrigin.STANDARD;
        if (HdabStains.angleDegrees(haematoxylin, dab) < MIN_SEPARATION_DEGREES) {
            return new StainEstimate(white, HdabStains.STANDARD, warnings);
        }
        return new StainEstimate(white, new HdabStains(haematoxylin, dab, origin), warnings);
    }

    /** Densities (three a pixel) of the stained, unsaturated pixels, at most {@link #MAX_PIXELS} of them. */
    static double[] stainedDensities(RgbImage image, WhitePoint white) {
        double[][] byValue = {white.densities(0), white.densities(1), white.densities(2)};
        long pixels = (long) image.width() * image.height();
        int step = (int) Math.max(1, pixels / MAX_PIXELS);
        byte[] rgb = image.rgb();
        double[] out = new double[3 * (int) Math.min(pixels, MAX_PIXELS + 1L)];
        int n = 0;
        for (long p = 0; p < pixels && 3 * n < out.length; p += step) {
            int i = (int) (3 * p);
            double r = byValue[0][rgb[i] & 0xff];
            double g = byValue[1][rgb[i + 1] & 0xff];
            double b = byValue[2][rgb[i + 2] & 0xff];
            if (r + g + b >= MIN_TOTAL_DENSITY && Math.max(r, Math.max(g, b)) <= MAX_CHANNEL_DENSITY) {
                out[3 * n] = r;
                out[3 * n + 1] = g;
                out[3 * n + 2] = b;
                n++;
            }
        }
        return Arrays.copyOf(out, 3 * n);
    }

    /** The directions at the low and high angle percentiles in the plane of the two principal axes. */
    static StainVector[] extremeDirections(double[] od) {
        int n = od.length / 3;
        double[] mean = new double[3];
        for (int p = 0; p < n; p++) {
            for (int c = 0; c < 3; c++) {
                mean[c] += od[3 * p + c] / n;
            }
        }
        double[][] covariance = new double[3][3];
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    covariance[r][c] += (od[3 * p + r] - mean[r]) * (od[3 * p + c] - mean[c]) / n;
                }
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(covariance));
        Integer[] order = {0, 1, 2};
        Arrays.sort(order, (a, b) -> Double.compare(eigen.getRealEigenvalue(b), eigen.getRealEigenvalue(a)));
        double[] u = positive(eigen.getEigenvector(order[0]).toArray());
        double[] v = positive(eigen.getEigenvector(order[1]).toArray());
        double[] angles = new double[n];
        for (int p = 0; p < n; p++) {
            double x = od[3 * p] * u[0] + od[3 * p + 1] * u[1] + od[3 * p + 2] * u[2];
            double y = od[3 * p] * v[0] + od[3 * p + 1] * v[1] + od[3 * p + 2] * v[2];
            angles[p] = Math.atan2(y, x);
        }
        Arrays.sort(angles);
        double low = percentile(angles, ANGLE_PERCENTILE);
        double high = percentile(angles, 100 - ANGLE_PERCENTILE);
        return new StainVector[] {direction(u, v, low), direction(u, v, high)};
    }

    private static StainVector direction(double[] u, double[] v, double angle) {
        return StainVector.along(
                u[0] * Math.cos(angle) + v[0] * Math.sin(angle),
                u[1] * Math.cos(angle) + v[1] * Math.sin(angle),
                u[2] * Math.cos(angle) + v[2] * Math.sin(angle));
    }

    private static double[] positive(double[] vector) {
        if (vector[0] + vector[1] + vector[2] < 0) {
            for (int c = 0; c < 3; c++) {
                vector[c] = -vector[c];
            }
        }
        return vector;
    }

    /** numpy's default (linear) percentile of sorted values. */
    static double percentile(double[] sorted, double percent) {
        double rank = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
