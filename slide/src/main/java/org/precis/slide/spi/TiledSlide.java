package org.precis.slide.spi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.PixelSize;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.TileLocation;
import org.precis.slide.UnsupportedSlideException;

/**
 * The shared half of every tiled reader: region assembly from tiles, the tile cache, and
 * resampling to a downsample or a physical pixel size. A reader supplies its levels as
 * {@link LevelTiles} and the slide's metadata.
 */
public abstract class TiledSlide implements Slide {

    private static final byte WHITE = (byte) 255;

    private final Path path;
    private final SlideContext context;
    private final long id;
    private final List<LevelTiles> tiles;
    private final List<SlideLevel> levels;
    private final SlideDescription description;

    /**
     * @param levels      full resolution first; downsamples follow OpenSlide's rule, the mean of
     *                    the width and height ratios to level 0
     * @param description what the file says about the slide
     */
    protected TiledSlide(
            Path path, SlideContext context, List<? extends LevelTiles> levels, SlideDescription description) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a slide needs at least one level");
        }
        this.path = path;
        this.context = context;
        this.description = description;
        this.id = context.nextSlideId();
        this.tiles = List.copyOf(levels);
        List<SlideLevel> described = new ArrayList<>();
        LevelTiles base = levels.get(0);
        for (int i = 0; i < levels.size(); i++) {
            LevelTiles level = levels.get(i);
            double downsample = i == 0
                    ? 1.0
                    : ((double) base.width() / level.width() + (double) base.height() / level.height()) / 2;
            described.add(new SlideLevel(
                    i, level.width(), level.height(), downsample, level.tileWidth(), level.tileHeight()));
        }
        this.levels = List.copyOf(described);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String backend() {
        return "precis";
    }

    @Override
    public List<SlideLevel> levels() {
        return levels;
    }

    @Override
    public String format() {
        return description.format();
    }

    @Override
    public Optional<String> vendor() {
        return description.vendor();
    }

    @Override
    public Optional<PixelSize> pixelSize() {
        return description.pixelSize();
    }

    @Override
    public OptionalDouble objectivePower() {
        return description.objectivePower();
    }

    @Override
    public Set<String> associatedImageNames() {
        return description.associatedImageNames();
    }

    @Override
    public Map<String, String> properties() {
        return description.properties();
    }

    @Override
    public RgbImage associatedImage(String name) throws SlideException {
        if (!description.associatedImageNames().contains(name)) {
            throw new IllegalArgumentException(path.getFileName() + " has no associated image named " + name);
        }
        return readAssociatedImage(name);
    }

    /** Decodes an associated image the description names. */
    protected abstract RgbImage readAssociatedImage(String name) throws SlideException;

    protected SlideContext context() {
        return context;
    }

    @Override
    public RgbImage readRegion(RegionRequest request) throws SlideException {
        Resolution resolution = request.resolution();
        if (resolution instanceof Resolution.Level level) {
            if (level.index() >= levels.size()) {
                throw new IllegalArgumentException("level " + level.index() + " does not exist: " + path.getFileName()
                        + " has " + levels.size() + " level(s)");
            }
            double downsample = levels.get(level.index()).downsample();
            return readLevel(
                    level.index(),
                    Math.round(request.x() / downsample),
                    Math.round(request.y() / downsample),
                    request.width(),
                    request.height());
        }
        if (resolution instanceof Resolution.Downsample downsample) {
            return readScaled(request, downsample.factor(), downsample.factor());
        }
        Resolution.Mpp mpp = (Resolution.Mpp) resolution;
        PixelSize size = pixelSize()
                .orElseThrow(() -> new UnsupportedSlideException(
                        path,
                        "the slide does not state its pixel size, so it cannot be read at " + mpp.micrometresPerPixel()
                                + " µm/px; give the pixel size or read by level"));
        return readScaled(request, mpp.micrometresPerPixel() / size.mppX(), mpp.micrometresPerPixel() / size.mppY());
    }

    /**
     * A level whose downsample exceeds the one asked for by at most this fraction still serves it.
     * Pyramid levels are rounded to whole pixels (2.0005 where 2 was meant): reading one then
     * enlarging by under 1% loses nothing visible, while the level below costs four times the decoding.
     */
    private static final double LEVEL_TOLERANCE = 0.01;

    /**
     * A read whose scale is within this fraction of a level's own is served from that level as
     * stored, without resampling. Slides are scanned at 0.499 or 0.2527 µm/px and read at 0.5 or
     * 0.25; pyramid levels are 2.0005 where 2 was meant. Resampling by 1.002 only blends each
     * pixel with its neighbour by the drift {@code i * (scale - 1)}, at most 0.5% of the region's
     * width (1.1 px at the far edge of a 224 px tile, 0.45 px at 0.2%), yet costs more than
     * decoding the tile. The region's corner stays where it was asked for (rounded to the level's
     * pixel, at most half a level pixel off); its far edge falls short or beyond by that drift.
     */
    public static final double SNAP_TOLERANCE = 0.005;

    /**
     * A region at a scale between levels: read from the best level, then resampled unless it is
     * close enough. When the read shrinks that level by 2 or more and its codec can decode tiles
     * smaller ({@link LevelTiles#maxReduction()}), tiles are decoded at 1/2, 1/4 or 1/8 of their
     * size, the largest that still does not fall below the resolution asked for, and resampled
     * from there.
     */
    private RgbImage readScaled(RegionRequest request, double downsampleX, double downsampleY) throws SlideException {
        SlideLevel level = bestLevelForDownsample(Math.min(downsampleX, downsampleY) * (1 + LEVEL_TOLERANCE));
        int reduction = reduction(level.index(), Math.min(downsampleX, downsampleY) / level.downsample());
        LevelTiles grid =
                reduction == 0 ? tiles.get(level.index()) : new ReducedTiles(tiles.get(level.index()), reduction);
        double gridDownsample = level.downsample() * (1 << reduction);
        double scaleX = downsampleX / gridDownsample;
        double scaleY = downsampleY / gridDownsample;
        double originX = request.x() / gridDownsample;
        double originY = request.y() / gridDownsample;
        if (Math.abs(scaleX - 1) <= SNAP_TOLERANCE && Math.abs(scaleY - 1) <= SNAP_TOLERANCE) {
            return readGrid(
                    level.index(),
                    reduction,
                    grid,
                    Math.round(originX),
                    Math.round(originY),
                    request.width(),
                    request.height());
        }
        return new Resampler(originX, originY, scaleX, scaleY, request.width(), request.height())
                .resample((x, y, w, h) -> readGrid(level.index(), reduction, grid, x, y, w, h));
    }

    /**
     * How many times tiles of a level may be halved in decoding for a read that shrinks the level
     * by {@code scale}: never below the resolution asked for (give or take the snap tolerance),
     * at most what the codec offers, and only while the tiles halve to whole pixels.
     */
    private int reduction(int level, double scale) {
        LevelTiles grid = tiles.get(level);
        int max = grid.maxReduction();
        int reduction = 0;
        while (reduction < max
                && (1 << (reduction + 1)) <= scale * (1 + SNAP_TOLERANCE)
                && grid.tileWidth() % (1 << (reduction + 1)) == 0
                && grid.tileHeight() % (1 << (reduction + 1)) == 0) {
            reduction++;
        }
        return reduction;
    }

    /** How the reader decodes a level's tiles. */
    LevelTiles levelTiles(int level) {
        return tiles.get(level);
    }

    /**
     * Pixels of one level as stored, {@code (x, y)} in that level's pixels; parts outside the
     * level are white.
     */
    public RgbImage readLevel(int level, long x, long y, int width, int height) throws SlideException {
        return readGrid(level, 0, tiles.get(level), x, y, width, height);
    }

    /** Pixels of a level's tile grid, decoded at {@code 1 / 2^reduction}; parts outside it are white. */
    private RgbImage readGrid(int level, int reduction, LevelTiles grid, long x, long y, int width, int height)
            throws SlideException {
        if (isExactlyOneTile(grid, x, y, width, height)) {
            RgbImage decoded = context.cache()
                    .decodeUncached(
                            id, level, reduction, x / width, y / height, () -> grid.decodeTile(x / width, y / height));
            if (decoded != null && decoded.width() == width && decoded.height() == height) {
                return decoded;
            }
        }
        byte[] out = new byte[Math.multiplyExact(3, Math.multiplyExact(width, height))];
        long x0 = Math.max(x, 0);
        long y0 = Math.max(y, 0);
        long x1 = Math.min(x + width, grid.width());
        long y1 = Math.min(y + height, grid.height());
        if (x0 != x || y0 != y || x1 != x + width || y1 != y + height) {
            Arrays.fill(out, WHITE);
        }
        if (x0 >= x1 || y0 >= y1) {
            return new RgbImage(width, height, out);
        }
        int tileWidth = grid.tileWidth();
        int tileHeight = grid.tileHeight();
        for (long row = y0 / tileHeight; row * tileHeight < y1; row++) {
            for (long column = x0 / tileWidth; column * tileWidth < x1; column++) {
                long tileX = column * tileWidth;
                long tileY = row * tileHeight;
                long fromX = Math.max(x0, tileX);
                long toX = Math.min(x1, tileX + tileWidth);
                long fromY = Math.max(y0, tileY);
                long toY = Math.min(y1, tileY + tileHeight);
                boolean wholeTileRead = fromX == tileX
                        && fromY == tileY
                        && toX == Math.min(tileX + tileWidth, grid.width())
                        && toY == Math.min(tileY + tileHeight, grid.height());
                RgbImage tile = tile(level, reduction, grid, column, row, !wholeTileRead);
                if (tile.width() < toX - tileX || tile.height() < toY - tileY) {
                    throw new CorruptSlideException(
                            path,
                            new TileLocation(level, column, row),
                            "tile decodes to "
                                    + tile.width() + "x" + tile.height() + " pixels, smaller than the tile grid's "
                                    + tileWidth + "x" + tileHeight,
                            null);
                }
                int span = (int) (3 * (toX - fromX));
                for (long yy = fromY; yy < toY; yy++) {
                    int source = (int) (3 * ((yy - tileY) * tile.width() + (fromX - tileX)));
                    int target = (int) (3 * ((yy - y) * width + (fromX - x)));
                    System.arraycopy(tile.rgb(), source, out, target, span);
                }
            }
        }
        return new RgbImage(width, height, out);
    }

    /** Whether the region is one whole interior tile: then the decoded tile is the answer. */
    private static boolean isExactlyOneTile(LevelTiles grid, long x, long y, int width, int height) {
        return width == grid.tileWidth()
                && height == grid.tileHeight()
                && x >= 0
                && y >= 0
                && x % width == 0
                && y % height == 0
                && x + width <= grid.width()
                && y + height <= grid.height();
    }

    /**
     * A tile from the cache, or decoded. Only tiles a region reads in part are kept: a region
     * that covers a whole tile has all of it, while its neighbours will want the rest of a
     * partly read one. Bulk extraction on the tile grid then never churns the cache.
     */
    private RgbImage tile(int level, int reduction, LevelTiles grid, long column, long row, boolean keep)
            throws SlideException {
        return context.cache().get(id, level, reduction, column, row, keep, () -> grid.decodeTile(column, row));
    }

    @Override
    public final void close() {
        context.cache().evict(id);
        release();
    }

    /** Releases the reader's own resources (files, native handles). */
    protected abstract void release();
}
