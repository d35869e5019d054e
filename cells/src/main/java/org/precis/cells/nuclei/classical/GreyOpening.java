package org.precis.cells.nuclei.classical;

/**
 * Grey-level opening by a square of side {@code 2r + 1} (the minimum, then the maximum, over the
 * square), as {@code scipy.ndimage.grey_opening} with a square {@code size}; windows are cut at
 * the image edge, which for extrema is what scipy's reflecting border gives.
 */
final class GreyOpening {

    private final RunningExtremum minimum;
    private final RunningExtremum maximum;

    GreyOpening(int radius) {
        minimum = new RunningExtremum(radius, true);
        maximum = new RunningExtremum(radius, false);
    }

    /** The opening of {@code plane}, as a new plane. */
    double[] apply(double[] plane, int width, int height) {
        return maximum.square(minimum.square(plane, width, height), width, height);
    }
}
