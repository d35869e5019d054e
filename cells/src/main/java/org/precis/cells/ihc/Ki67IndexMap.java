package org.precis.cells.ihc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.precis.cells.output.PixelRegion;

/**
 * The Ki67 index square by square over a scored region, the whole-slide view of proliferation a
 * pathologist reads hot spots and heterogeneity from (QuPath's density map of positive percent):
 * the region cut into squares of a stated side in µm from its origin (the last row and column cut
 * short at its edge), each nucleus counted in the square that holds its centroid.
 */
public final class Ki67IndexMap {

    /**
     * One square: its pixels and what it holds.
     *
     * @param x level-0 left
     * @param y level-0 top
     * @param width level-0 pixels
     * @param height level-0 pixels
     * @param nuclei nuclei whose centroid lies inside
     * @param positive of them, positive
     */
    public record Square(long x, long y, long width, long height, int nuclei, int positive) {

        /** The positive fraction, 0 to 1; NaN in a square without nuclei. */
        public double positiveFraction() {
            return nuclei == 0 ? Double.NaN : (double) positive / nuclei;
        }
    }

    private final PixelRegion region;
    private final double squareUm;
    private final double squarePx;
    private final int columns;
    private final int rows;
    private final int[] nuclei;
    private final int[] positive;

    private Ki67IndexMap(PixelRegion region, double squareUm, double squarePx, int columns, int rows) {
        this.region = region;
        this.squareUm = squareUm;
        this.squarePx = squarePx;
        this.columns = columns;
        this.rows = rows;
        this.nuclei = new int[columns * rows];
        this.positive = new int[columns * rows];
    }

    /**
     * Counts {@code scored}'s nuclei in squares of {@code squareUm} over {@code region}.
     *
     * @param mpp µm per level-0 pixel
     * @throws IllegalArgumentException when a nucleus lies outside the region, or the squares are
     *     not positive or so small that the map would exceed 100 million squares
     */
    public static Ki67IndexMap of(Ki67Nuclei scored, PixelRegion region, double mpp, double squareUm) {
        if (!(squareUm > 0) || !(mpp > 0)) {
            throw new IllegalArgumentException(
                    "square side and pixel size must be positive, got " + squareUm + " µm, " + mpp + " µm/px");
        }
        double squarePx = squareUm / mpp;
        long columns = (long) Math.ceil(region.width() / squarePx);
        long rows = (long) Math.ceil(region.height() / squarePx);
        if (columns * rows > 100_000_000L) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%.1f µm squares cut the region into %d x %d: choose larger squares",
                    squareUm,
                    columns,
                    rows));
        }
        Ki67IndexMap map = new Ki67IndexMap(region, squareUm, squarePx, (int) columns, (int) rows);
        for (int i = 0; i < scored.size(); i++) {
            double dx = scored.x(i) - region.x();
            double dy = scored.y(i) - region.y();
            if (!(dx >= 0 && dy >= 0 && dx < region.width() && dy < region.height())) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "nucleus %d at (%.1f, %.1f) lies outside the region %s",
                        i,
                        scored.x(i),
                        scored.y(i),
                        region));
            }
            int column = Math.min(map.columns - 1, (int) (dx / squarePx));
            int row = Math.min(map.rows - 1, (int) (dy / squarePx));
            int k = row * map.columns + column;
            map.nuclei[k]++;
            if (scored.bin(i).positive()) {
                map.positive[k]++;
            }
        }
        return map;
    }

    /** The side of a square in µm. */
    public double squareUm() {
        return squareUm;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The square in {@code column}, {@code row}, its level-0 pixels clipped to the region. */
    public Square square(int column, int row) {
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("square " + column + ", " + row + " outside " + columns + " x " + rows);
        }
        long x0 = region.x() + Math.round(column * squarePx);
        long y0 = region.y() + Math.round(row * squarePx);
        long x1 =
                column == columns - 1 ? region.x() + region.width() : region.x() + Math.round((column + 1) * squarePx);
        long y1 = row == rows - 1 ? region.y() + region.height() : region.y() + Math.round((row + 1) * squarePx);
        int k = row * columns + column;
        return new Square(x0, y0, x1 - x0, y1 - y0, nuclei[k], positive[k]);
    }

    /** The squares holding at least {@code minNuclei} nuclei, row by row. */
    public List<Square> squaresWithAtLeast(int minNuclei) {
        List<Square> squares = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                if (nuclei[row * columns + column] >= Math.max(1, minNuclei)) {
                    squares.add(square(column, row));
                }
            }
        }
        return squares;
    }
}
