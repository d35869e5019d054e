package org.precis.cells.nuclei.classical;

/**
 * Grey-level opening by a square of side {@code 2r + 1} (the minimum, then the maximum, over the
 * square), as {@code scipy.ndimage.grey_opening} with a square {@code size}; windows are cut at
 * the image edge, which for extrema is what scipy's reflecting border gives.
 */
final class GreyOpening {

    private final RunningExtremum minimum;
    private final RunningExtremum maximum;
    private final int radius;

    GreyOpening(int radius) {
        this.radius = radius;
        minimum = new RunningExtremum(radius, true);
        maximum = new RunningExtremum(radius, false);
    }

    /**
     * The opening of {@code plane}, as a new plane: the minimum along columns, then along rows, the
     * maximum along rows, then along columns (the four passes of two squares); the passes after the
     * first run in place, the row passes one row at a time, while the row is in cache.
     */
    double[] apply(double[] plane, int width, int height) {
        double[] columnMinima = minimum.alongColumns(plane, width, height);
        double[][] work = new double[3][width + 2 * radius];
        for (int y = 0; y < height; y++) {
            minimum.alongRow(columnMinima, y, width, work);
            maximum.alongRow(columnMinima, y, width, work);
        }
        maximum.alongColumns(columnMinima, columnMinima, width, height);
        return columnMinima;
    }
}
