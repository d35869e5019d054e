package org.precis.imaging.stain;

import java.util.Arrays;

/**
 * Optical-density colour vectors of three stains, one row a stain (red, green, blue), and the
 * inverse that separates them. Rows are used as given (not normalised), as in scikit-image.
 */
public final class StainMatrix {

    /** scikit-image's {@code rgb_from_hed}: haematoxylin, eosin, DAB (Ruifrok and Johnston 2001). */
    public static final StainMatrix HAEMATOXYLIN_EOSIN_DAB = new StainMatrix(new double[][] {
        {0.65, 0.70, 0.29},
        {0.07, 0.99, 0.11},
        {0.27, 0.57, 0.78},
    });

    private final double[][] rgbFromStain;
    private final double[][] stainFromRgb;

    public StainMatrix(double[][] rgbFromStain) {
        if (rgbFromStain == null || rgbFromStain.length != 3) {
            throw new IllegalArgumentException("a stain matrix has three rows");
        }
        this.rgbFromStain = new double[3][];
        for (int row = 0; row < 3; row++) {
            if (rgbFromStain[row] == null || rgbFromStain[row].length != 3) {
                throw new IllegalArgumentException("stain vector " + row + " must have three components");
            }
            for (double value : rgbFromStain[row]) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(
                            "stain vector " + row + " is not finite: " + Arrays.toString(rgbFromStain[row]));
                }
            }
            this.rgbFromStain[row] = rgbFromStain[row].clone();
        }
        this.stainFromRgb = ColourMatrix.inverse(this.rgbFromStain, "stain vectors");
    }

    /** Element of the stain-to-OD matrix: the optical density of {@code stain} in channel {@code rgb}. */
    public double rgbFromStain(int stain, int rgb) {
        return rgbFromStain[stain][rgb];
    }

    /** Element of the inverse (OD-to-stain) matrix. */
    public double stainFromRgb(int rgb, int stain) {
        return stainFromRgb[rgb][stain];
    }
}
