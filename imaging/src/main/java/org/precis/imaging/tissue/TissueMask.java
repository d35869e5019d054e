package org.precis.imaging.tissue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.imaging.outline.MaskTracer;
import org.precis.imaging.outline.Polygon;

/**
 * Where a slide holds tissue: a boolean raster at {@code mpp} µm/px whose pixel (0, 0) starts at
 * the slide's level-0 origin. Immutable.
 */
public final class TissueMask {

    private final int width;
    private final int height;
    private final double mpp;
    private final double slideMpp;
    private final boolean[] tissue;
    private final long tissuePixels;

    /** Takes over {@code tissue}, row by row. */
    TissueMask(int width, int height, double mpp, double slideMpp, boolean[] tissue) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive: " + width + "x" + height);
        }
        if (tissue.length != (long) width * height) {
            throw new IllegalArgumentException(
                    "expected " + (long) width * height + " mask pixels, got " + tissue.length);
        }
        if (!(mpp > 0) || !(slideMpp > 0) || Double.isInfinite(mpp) || Double.isInfinite(slideMpp)) {
            throw new IllegalArgumentException("µm/px must be positive and finite: " + mpp + ", " + slideMpp);
        }
        this.width = width;
        this.height = height;
        this.mpp = mpp;
        this.slideMpp = slideMpp;
        this.tissue = tissue;
        long count = 0;
        for (boolean value : tissue) {
            count += value ? 1 : 0;
        }
        this.tissuePixels = count;
    }

    /** A mask from a raster (row by row, copied) at {@code mpp} µm/px over a slide of {@code slideMpp} µm/px. */
    public static TissueMask of(int width, int height, double mpp, double slideMpp, boolean[] tissue) {
        return new TissueMask(width, height, mpp, slideMpp, tissue.clone());
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** µm per mask pixel. */
    public double mpp() {
        return mpp;
    }

    /** µm per level-0 pixel of the slide the mask was made from. */
    public double slideMpp() {
        return slideMpp;
    }

    public boolean isTissue(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is outside " + width + "x" + height);
        }
        return tissue[y * width + x];
    }

    /**
     * Tissue area within a slide of {@code level0Width} x {@code level0Height} pixels: the mask's
     * last column and row may reach past the slide's edge, and only the part of a pixel inside the
     * slide counts (on a slide a few mask pixels across, that part matters).
     */
    public double tissueAreaMm2Within(long level0Width, long level0Height) {
        if (level0Width <= 0 || level0Height <= 0) {
            throw new IllegalArgumentException("slide size must be positive: " + level0Width + "x" + level0Height);
        }
        double level0PerPixel = downsample();
        double area = 0;
        for (int y = 0; y < height; y++) {
            double rowShare = share(y, level0Height, level0PerPixel);
            for (int x = 0; x < width; x++) {
                if (tissue[y * width + x]) {
                    area += rowShare * share(x, level0Width, level0PerPixel);
                }
            }
        }
        return area * mpp * mpp / 1e6;
    }

    /** The part of mask pixel {@code index} that lies within {@code extent} level-0 pixels. */
    private static double share(int index, long extent, double level0PerPixel) {
        double start = index * level0PerPixel;
        return Math.max(0, Math.min(1, (extent - start) / level0PerPixel));
    }

    /** Level-0 pixels per mask pixel. */
    public double downsample() {
        return mpp / slideMpp;
    }

    /** The raster, row by row, as a new array. */
    public boolean[] raster() {
        return tissue.clone();
    }

    /** The mask less every pixel whose centre lies inside one of {@code tiles} (level-0 bounds). */
    public TissueMask excluding(List<Tile> tiles) {
        boolean[] kept = tissue.clone();
        double level0PerPixel = downsample();
        for (Tile tile : tiles) {
            long firstColumn = Math.max(0, (long) Math.ceil(tile.x() / level0PerPixel - 0.5));
            long endColumn = Math.min(width, (long) Math.ceil((tile.x() + tile.width()) / level0PerPixel - 0.5));
            long firstRow = Math.max(0, (long) Math.ceil(tile.y() / level0PerPixel - 0.5));
            long endRow = Math.min(height, (long) Math.ceil((tile.y() + tile.height()) / level0PerPixel - 0.5));
            for (long row = firstRow; row < endRow; row++) {
                for (long column = firstColumn; column < endColumn; column++) {
                    kept[(int) (row * width + column)] = false;
                }
            }
        }
        return new TissueMask(width, height, mpp, slideMpp, kept);
    }

    /**
     * The tissue regions as polygons with holes, in level-0 pixel coordinates: the mask's pixel
     * edges, scaled, so that filling them at the mask's resolution gives back the mask.
     */
    public List<Polygon> outlines() {
        List<Polygon> inMaskPixels = new MaskTracer(width, height).trace(tissue);
        List<Polygon> scaled = new ArrayList<>(inMaskPixels.size());
        for (Polygon polygon : inMaskPixels) {
            scaled.add(polygon.scaled(downsample()));
        }
        return Collections.unmodifiableList(scaled);
    }

    public long tissuePixels() {
        return tissuePixels;
    }

    /** Share of the mask that is tissue. */
    public double tissueFraction() {
        return (double) tissuePixels / tissue.length;
    }

    public double tissueAreaMm2() {
        return tissuePixels * mpp * mpp / 1e6;
    }

    /**
     * Share of a tile (level-0 bounds) that is tissue: of the mask pixels whose centres fall inside
     * it, or of the one pixel under its centre when it is smaller than a mask pixel. Outside the
     * mask counts as no tissue.
     */
    public double tissueFraction(Tile tile) {
        double level0PerPixel = mpp / slideMpp;
        long firstColumn = (long) Math.ceil(tile.x() / level0PerPixel - 0.5);
        long endColumn = (long) Math.ceil((tile.x() + tile.width()) / level0PerPixel - 0.5);
        long firstRow = (long) Math.ceil(tile.y() / level0PerPixel - 0.5);
        long endRow = (long) Math.ceil((tile.y() + tile.height()) / level0PerPixel - 0.5);
        if (endColumn <= firstColumn) {
            firstColumn = (long) Math.floor((tile.x() + tile.width() / 2.0) / level0PerPixel);
            endColumn = firstColumn + 1;
        }
        if (endRow <= firstRow) {
            firstRow = (long) Math.floor((tile.y() + tile.height() / 2.0) / level0PerPixel);
            endRow = firstRow + 1;
        }
        long inside = 0;
        for (long row = Math.max(0, firstRow); row < Math.min(height, endRow); row++) {
            for (long column = Math.max(0, firstColumn); column < Math.min(width, endColumn); column++) {
                inside += tissue[(int) (row * width + column)] ? 1 : 0;
            }
        }
        return (double) inside / ((endColumn - firstColumn) * (endRow - firstRow));
    }

    /** The tiles of a grid over the same slide whose tissue fraction is at least {@code minimumFraction}. */
    public List<Tile> tilesWithTissue(TileGrid grid, double minimumFraction) {
        if (!(minimumFraction >= 0 && minimumFraction <= 1)) {
            throw new IllegalArgumentException("minimum tissue fraction must be in [0, 1]: " + minimumFraction);
        }
        if (Math.abs(grid.slideMpp() - slideMpp) > 1e-9 * slideMpp) {
            throw new IllegalArgumentException(
                    "the grid is for a slide of " + grid.slideMpp() + " µm/px, the mask for " + slideMpp + " µm/px");
        }
        List<Tile> kept = new ArrayList<>();
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                Tile tile = grid.tile(column, row);
                if (tissueFraction(tile) >= minimumFraction) {
                    kept.add(tile);
                }
            }
        }
        return Collections.unmodifiableList(kept);
    }
}
