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

    /**
     * The opening of {@code plane}, as a new plane: the minimum along columns, then along rows (as
     * columns of the transpose), the maximum along rows, then along columns (the four passes of two
     * squares, with the two transposes between them cancelling).
     */
    double[] apply(double[] plane, int width, int height) {
        double[] transposed = RunningExtremum.transpose(minimum.alongColumns(plane, width, height), width, height);
        double[] rowExtrema = maximum.alongColumns(minimum.alongColumns(transposed, height, width), height, width);
        return maximum.alongColumns(RunningExtremum.transpose(rowExtrema, height, width), width, height);
    }
}
