package org.precis.imaging.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;

/**
 * Square tiles of {@code tileSizePx} pixels at {@code targetMpp} µm/px laid over a slide, next
 * to each other or overlapping by {@code overlapPx} pixels of the target resolution.
 *
 * @param tileSizePx tile side in pixels at the target resolution
 * @param targetMpp µm/px the tiles are read at
 * @param slideMpp µm/px of the slide's level 0
 * @param tileSizeLevel0 tile side in level-0 pixels, {@code tileSizePx * targetMpp / slideMpp} (fractional)
 * @param originX left edge of the grid, level-0 pixels
 * @param originY top edge of the grid, level-0 pixels
 * @param columns tiles across
 * @param rows tiles down
 * @param overlapPx pixels at the target resolution that neighbouring tiles share (0: they only touch)
 */
public record TileGrid(
        int tileSizePx,
        double targetMpp,
        double slideMpp,
        double tileSizeLevel0,
        long originX,
        long originY,
        int columns,
        int rows,
        int overlapPx) {

    /** Most tiles one grid may hold, so that listing them stays within memory. */
    public static final long MAX_TILES = 1L << 26;

    public TileGrid {
        if (tileSizePx <= 0) {
            throw new IllegalArgumentException("tile size must be positive: " + tileSizePx + " px");
        }
        requirePositive(targetMpp, "target µm/px");
        requirePositive(slideMpp, "slide µm/px");
        double expected = tileSizePx * targetMpp / slideMpp;
        if (!(Math.abs(tileSizeLevel0 - expected) <= 1e-12 * expected)) {
            throw new IllegalArgumentException("level-0 tile size " + tileSizeLevel0 + " is not tileSizePx * targetMpp"
                    + " / slideMpp = " + expected);
        }
        if (tileSizeLevel0 < 1) {
            throw new IllegalArgumentException("a tile of " + tileSizePx + " px at " + targetMpp
                    + " µm/px is smaller than" + " one slide pixel of " + slideMpp + " µm");
        }
        if (originX < 0 || originY < 0) {
            throw new IllegalArgumentException("grid origin must be inside the slide: " + originX + ", " + originY);
        }
        if (columns < 0 || rows < 0) {
            throw new IllegalArgumentException("columns and rows must be >= 0: " + columns + ", " + rows);
        }
        if (overlapPx < 0 || overlapPx >= tileSizePx) {
            throw new IllegalArgumentException("overlap must be in [0, " + tileSizePx + ") px: " + overlapPx);
        }
        if ((long) columns * rows > MAX_TILES) {
            throw new IllegalArgumentException(
                    columns + " x " + rows + " tiles is more than the limit of " + MAX_TILES);
        }
    }

    /** A grid of tiles that touch without overlapping. */
    public TileGrid(
            int tileSizePx,
            double targetMpp,
            double slideMpp,
            double tileSizeLevel0,
            long originX,
            long originY,
            int columns,
            int rows) {
        this(tileSizePx, targetMpp, slideMpp, tileSizeLevel0, originX, originY, columns, rows, 0);
    }

    /** A grid from the top-left corner of a slide, at the pixel size the slide states. */
    public static TileGrid over(Slide slide, int tileSizePx, double targetMpp, EdgeTiles edges) {
        double slideMpp = slide.pixelSize()
                .orElseThrow(() -> new IllegalArgumentException(
                        "slide " + slide.path() + " does not state its pixel" + " size; give its µm/px explicitly"))
                .mpp();
        return over(slide, slideMpp, tileSizePx, targetMpp, edges);
    }

    /** A grid from the top-left corner of a slide whose level-0 µm/px is given by the caller. */
    public static TileGrid over(Slide slide, double slideMpp, int tileSizePx, double targetMpp, EdgeTiles edges) {
        SlideLevel base = slide.levels().get(0);
        return covering(base.width(), base.height(), slideMpp, tileSizePx, targetMpp, edges);
    }

    /** A grid from (0, 0) over a level-0 area of {@code width} x {@code height} pixels. */
    public static TileGrid covering(
            long width, long height, double slideMpp, int tileSizePx, double targetMpp, EdgeTiles edges) {
        return covering(width, height, slideMpp, tileSizePx, targetMpp, 0, edges);
    }

    /**
     * A grid from (0, 0) over a level-0 area of {@code width} x {@code height} pixels whose
     * neighbouring tiles share {@code overlapPx} pixels of the target resolution.
     */
    public static TileGrid covering(
            long width,
            long height,
            double slideMpp,
            int tileSizePx,
            double targetMpp,
            int overlapPx,
            EdgeTiles edges) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("slide size must be positive: " + width + "x" + height);
        }
        if (edges == null) {
            throw new IllegalArgumentException("edge handling is required");
        }
        requirePositive(slideMpp, "slide µm/px");
        requirePositive(targetMpp, "target µm/px");
        if (tileSizePx <= 0) {
            throw new IllegalArgumentException("tile size must be positive: " + tileSizePx + " px");
        }
        if (overlapPx < 0 || overlapPx >= tileSizePx) {
            throw new IllegalArgumentException("overlap must be in [0, " + tileSizePx + ") px: " + overlapPx);
        }
        double size = tileSizePx * targetMpp / slideMpp;
        double stride = (tileSizePx - overlapPx) * targetMpp / slideMpp;
        return new TileGrid(
                tileSizePx,
                targetMpp,
                slideMpp,
                size,
                0,
                0,
                count(width, size, stride, edges),
                count(height, size, stride, edges),
                overlapPx);
    }

    private static int count(long extent, double size, double stride, EdgeTiles edges) {
        long whole = size > extent ? 0 : (long) Math.floor((extent - size) / stride) + 1;
        // a tile whose rounded far edge is the slide edge is whole, whatever the fractional pitch says
        while (farEdge(whole + 1, size, stride) <= extent) {
            whole++;
        }
        while (whole > 0 && farEdge(whole, size, stride) > extent) {
            whole--;
        }
        long count = edges == EdgeTiles.COVER_SLIDE && (whole == 0 || farEdge(whole, size, stride) < extent)
                ? whole + 1
                : whole;
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(count + " tiles along one side is too many");
        }
        return (int) count;
    }

    /** The far edge of the last of {@code tiles} tiles (from 0), as {@link #tile} rounds it. */
    private static long farEdge(long tiles, double size, double stride) {
        return stride == size ? Math.round(tiles * size) : Math.round((tiles - 1) * stride + size);
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite: " + value);
        }
    }

    /** Distance between neighbouring tiles' left (or top) edges, level-0 pixels (fractional). */
    public double strideLevel0() {
        return (tileSizePx - overlapPx) * targetMpp / slideMpp;
    }

    /** Physical side of every tile, µm. */
    public double tileSizeUm() {
        return tileSizePx * targetMpp;
    }

    public long tileCount() {
        return (long) columns * rows;
    }

    /** The tile at one grid position. */
    public Tile tile(int column, int row) {
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            throw new IllegalArgumentException(
                    "no tile (" + column + ", " + row + ") in a grid of " + columns + " x " + rows);
        }
        long left = edge(originX, column);
        long top = edge(originY, row);
        return new Tile(column, row, left, top, farEdge(originX, column) - left, farEdge(originY, row) - top);
    }

    /** All tiles, row by row. */
    public List<Tile> tiles() {
        List<Tile> all = new ArrayList<>((int) tileCount());
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                all.add(tile(column, row));
            }
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * The read that yields one tile: {@code tileSizePx} square at the target resolution, asked as a
     * downsample so that it also works for slides whose pixel size was given by the caller.
     */
    public RegionRequest regionRequest(Tile tile) {
        return new RegionRequest(
                tile.x(), tile.y(), tileSizePx, tileSizePx, Resolution.downsample(targetMpp / slideMpp));
    }

    private long edge(long origin, int index) {
        return origin + Math.round(index * strideLevel0());
    }

    /** Without overlap the next tile's edge, so that neighbours share it exactly. */
    private long farEdge(long origin, int index) {
        return overlapPx == 0 ? edge(origin, index + 1) : origin + Math.round(index * strideLevel0() + tileSizeLevel0);
    }
}
