package org.precis.imaging.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;

/**
 * Square tiles of {@code tileSizePx} pixels at {@code targetMpp} µm/px laid over a slide.
 *
 * @param tileSizePx tile side in pixels at the target resolution
 * @param targetMpp µm/px the tiles are read at
 * @param slideMpp µm/px of the slide's level 0
 * @param tileSizeLevel0 tile side in level-0 pixels, {@code tileSizePx * targetMpp / slideMpp} (fractional)
 * @param originX left edge of the grid, level-0 pixels
 * @param originY top edge of the grid, level-0 pixels
 * @param columns tiles across
 * @param rows tiles down
 */
public record TileGrid(int tileSizePx, double targetMpp, double slideMpp, double tileSizeLevel0, long originX,
        long originY, int columns, int rows) {

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
            throw new IllegalArgumentException("a tile of " + tileSizePx + " px at " + targetMpp + " µm/px is smaller than"
                    + " one slide pixel of " + slideMpp + " µm");
        }
        if (originX < 0 || originY < 0) {
            throw new IllegalArgumentException("grid origin must be inside the slide: " + originX + ", " + originY);
        }
        if (columns < 0 || rows < 0) {
            throw new IllegalArgumentException("columns and rows must be >= 0: " + columns + ", " + rows);
        }
        if ((long) columns * rows > MAX_TILES) {
            throw new IllegalArgumentException(columns + " x " + rows + " tiles is more than the limit of " + MAX_TILES);
        }
    }

    /** A grid from the top-left corner of a slide, at the pixel size the slide states. */
    public static TileGrid over(Slide slide, int tileSizePx, double targetMpp, EdgeTiles edges) {
        double slideMpp = slide.pixelSize()
                .orElseThrow(() -> new IllegalArgumentException("slide " + slide.path() + " does not state its pixel"
                        + " size; give its µm/px explicitly"))
                .mpp();
        return over(slide, slideMpp, tileSizePx, targetMpp, edges);
    }

    /** A grid from the top-left corner of a slide whose level-0 µm/px is given by the caller. */
    public static TileGrid over(Slide slide, double slideMpp, int tileSizePx, double targetMpp, EdgeTiles edges) {
        SlideLevel base = slide.levels().get(0);
        return covering(base.width(), base.height(), slideMpp, tileSizePx, targetMpp, edges);
    }

    /** A grid from (0, 0) over a level-0 area of {@code width} x {@code height} pixels. */
    public static TileGrid covering(long width, long height, double slideMpp, int tileSizePx, double targetMpp,
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
        double pitch = tileSizePx * targetMpp / slideMpp;
        return new TileGrid(tileSizePx, targetMpp, slideMpp, pitch, 0, 0, count(width, pitch, edges),
                count(height, pitch, edges));
    }

    private static int count(long extent, double pitch, EdgeTiles edges) {
        double tiles = extent / pitch;
        // a tile whose rounded right edge is the slide edge is whole, whatever the fractional pitch says
        long whole = (long) Math.floor(tiles);
        while (Math.round((whole + 1) * pitch) <= extent) {
            whole++;
        }
        while (whole > 0 && Math.round(whole * pitch) > extent) {
            whole--;
        }
        long count = edges == EdgeTiles.COVER_SLIDE && Math.round(whole * pitch) < extent ? whole + 1 : whole;
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(count + " tiles along one side is too many");
        }
        return (int) count;
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite: " + value);
        }
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
            throw new IllegalArgumentException("no tile (" + column + ", " + row + ") in a grid of " + columns + " x "
                    + rows);
        }
        long left = edge(originX, column);
        long top = edge(originY, row);
        return new Tile(column, row, left, top, edge(originX, column + 1) - left, edge(originY, row + 1) - top);
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
        return new RegionRequest(tile.x(), tile.y(), tileSizePx, tileSizePx,
                Resolution.downsample(targetMpp / slideMpp));
    }

    private long edge(long origin, int index) {
        return origin + Math.round(index * tileSizeLevel0);
    }
}
