package org.precis.imaging.stain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealVector;
import org.precis.slide.RgbImage;

/**
 * Macenko et al. (2009) stain normalisation, as torchstain and staintools do it: optical density
 * {@code -ln((I + 1) / background)}; tissue pixels are those with every channel's density at least
 * the threshold; the plane of the two largest eigenvectors of their density covariance; the 1st
 * and 99th percentile angles in that plane give the haematoxylin and eosin vectors (haematoxylin
 * has the larger red density); least-squares concentrations of every pixel, scaled so their 99th
 * percentile matches the target's, recombined with the target vectors.
 */
public final class MacenkoNormaliser {

    /** Light intensity of the background, as torchstain's {@code Io}. */
    public static final double BACKGROUND_INTENSITY = 240;
    /** Optical density every channel of a tissue pixel reaches, as torchstain's {@code beta}. */
    public static final double TISSUE_DENSITY = 0.15;
    /** Percentile of the angles that mark the stain vectors (and 100 minus it). */
    public static final double ANGLE_PERCENTILE = 1;
    /** Percentile of the concentrations taken as their maximum. */
    public static final double CONCENTRATION_PERCENTILE = 99;

    private final MacenkoStains target;

    public MacenkoNormaliser(MacenkoStains target) {
        if (target == null) {
            throw new IllegalArgumentException("target stains are required");
        }
        this.target = target;
    }

    public MacenkoStains target() {
        return target;
    }

    /** Stain vectors and maximum concentrations of an image. */
    public static MacenkoStains estimate(RgbImage image) {
        return estimate(opticalDensity(image));
    }

    /** The image with its stains replaced by the target's. */
    public RgbImage normalise(RgbImage image) {
        double[] od = normaliseOpticalDensity(opticalDensity(image));
        byte[] rgb = new byte[od.length];
        for (int i = 0; i < od.length; i++) {
            double intensity = BACKGROUND_INTENSITY * Math.exp(-od[i]) - 1;
            rgb[i] = (byte) Math.rint(Math.min(255, Math.max(0, intensity)));
        }
        return new RgbImage(image.width(), image.height(), rgb);
    }

    static double[] opticalDensity(RgbImage image) {
        double[] byValue = new double[256];
        for (int value = 0; value < 256; value++) {
            byValue[value] = -Math.log((value + 1) / BACKGROUND_INTENSITY);
        }
        byte[] rgb = image.rgb();
        double[] od = new double[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            od[i] = byValue[rgb[i] & 0xff];
        }
        return od;
    }

    /** Density in, density out (three values a pixel): the part the two stains explain, restained. */
    double[] normaliseOpticalDensity(double[] od) {
        MacenkoStains source = estimate(od);
        double[][] concentrations = concentrations(od, source);
        double scaleH = target.maxHaematoxylin() / source.maxHaematoxylin();
        double scaleE = target.maxEosin() / source.maxEosin();
        double[] out = new double[od.length];
        for (int p = 0; p < concentrations[0].length; p++) {
            double h = concentrations[0][p] * scaleH;
            double e = concentrations[1][p] * scaleE;
            for (int c = 0; c < 3; c++) {
                out[3 * p + c] =
                        target.haematoxylin().component(c) * h + target.eosin().component(c) * e;
            }
        }
        return out;
    }

    static MacenkoStains estimate(double[] od) {
        int pixels = od.length / 3;
        int tissue = 0;
        double[] mean = new double[3];
        for (int p = 0; p < pixels; p++) {
            if (isTissue(od, p)) {
                tissue++;
                for (int c = 0; c < 3; c++) {
                    mean[c] += od[3 * p + c];
                }
            }
        }
        if (tissue < 2) {
            throw new IllegalArgumentException("Macenko's method needs stained pixels; found " + tissue
                    + " with optical density of at least " + TISSUE_DENSITY + " in every channel");
        }
        for (int c = 0; c < 3; c++) {
            mean[c] /= tissue;
        }
        double[][] covariance = new double[3][3];
        for (int p = 0; p < pixels; p++) {
            if (isTissue(od, p)) {
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        covariance[r][c] += (od[3 * p + r] - mean[r]) * (od[3 * p + c] - mean[c]);
                    }
                }
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(MatrixUtils.createRealMatrix(covariance));
        // the order Commons Math returns is not part of its contract: sort, largest eigenvalue first
        int[] order = IntStream.range(0, 3)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> eigen.getRealEigenvalue(i))
                        .reversed())
                .mapToInt(Integer::intValue)
                .toArray();
        double[] first = oriented(eigen.getEigenvector(order[0]));
        double[] second = oriented(eigen.getEigenvector(order[1]));
        double[] angles = new double[tissue];
        int k = 0;
        for (int p = 0; p < pixels; p++) {
            if (isTissue(od, p)) {
                angles[k++] = Math.atan2(dot(od, p, second), dot(od, p, first));
            }
        }
        Arrays.sort(angles);
        double minAngle = percentile(angles, ANGLE_PERCENTILE);
        double maxAngle = percentile(angles, 100 - ANGLE_PERCENTILE);
        double[] atMin = new double[3];
        double[] atMax = new double[3];
        for (int c = 0; c < 3; c++) {
            atMin[c] = first[c] * Math.cos(minAngle) + second[c] * Math.sin(minAngle);
            atMax[c] = first[c] * Math.cos(maxAngle) + second[c] * Math.sin(maxAngle);
        }
        boolean minIsHaematoxylin = atMin[0] > atMax[0];
        StainVector haematoxylin = StainVector.along(
                minIsHaematoxylin ? atMin[0] : atMax[0],
                minIsHaematoxylin ? atMin[1] : atMax[1],
                minIsHaematoxylin ? atMin[2] : atMax[2]);
        StainVector eosin = StainVector.along(
                minIsHaematoxylin ? atMax[0] : atMin[0],
                minIsHaematoxylin ? atMax[1] : atMin[1],
                minIsHaematoxylin ? atMax[2] : atMin[2]);
        double[][] concentrations = concentrations(od, new MacenkoStains(haematoxylin, eosin, 1, 1));
        double[] h = concentrations[0].clone();
        double[] e = concentrations[1].clone();
        Arrays.sort(h);
        Arrays.sort(e);
        return new MacenkoStains(
                haematoxylin, eosin, percentile(h, CONCENTRATION_PERCENTILE), percentile(e, CONCENTRATION_PERCENTILE));
    }

    private static boolean isTissue(double[] od, int p) {
        return od[3 * p] >= TISSUE_DENSITY && od[3 * p + 1] >= TISSUE_DENSITY && od[3 * p + 2] >= TISSUE_DENSITY;
    }

    /** An eigenvector turned to a positive sum, so that angles in the plane do not depend on its sign. */
    private static double[] oriented(RealVector eigenvector) {
        double[] v = eigenvector.toArray();
        if (v[0] + v[1] + v[2] < 0) {
            for (int c = 0; c < 3; c++) {
                v[c] = -v[c];
            }
        }
        return v;
    }

    private static double dot(double[] od, int p, double[] v) {
        return od[3 * p] * v[0] + od[3 * p + 1] * v[1] + od[3 * p + 2] * v[2];
    }

    /** Least-squares haematoxylin and eosin amounts of every pixel (normal equations of a 3x2 system). */
    private static double[][] concentrations(double[] od, MacenkoStains stains) {
        double[] h = {
            stains.haematoxylin().red(),
            stains.haematoxylin().green(),
            stains.haematoxylin().blue()
        };
        double[] e = {
            stains.eosin().red(), stains.eosin().green(), stains.eosin().blue()
        };
        double hh = h[0] * h[0] + h[1] * h[1] + h[2] * h[2];
        double ee = e[0] * e[0] + e[1] * e[1] + e[2] * e[2];
        double he = h[0] * e[0] + h[1] * e[1] + h[2] * e[2];
        double determinant = hh * ee - he * he;
        if (!(determinant > 1e-12)) {
            throw new IllegalArgumentException("haematoxylin and eosin vectors are parallel");
        }
        int pixels = od.length / 3;
        double[][] out = new double[2][pixels];
        for (int p = 0; p < pixels; p++) {
            double hy = dot(od, p, h);
            double ey = dot(od, p, e);
            out[0][p] = (ee * hy - he * ey) / determinant;
            out[1][p] = (hh * ey - he * hy) / determinant;
        }
        return out;
    }

    /** numpy's default (linear) percentile of sorted values. */
    static double percentile(double[] sorted, double percent) {
        double rank = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
