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
    protected TiledSlide(Path path, SlideContext context, List<? extends LevelTiles> levels,
            SlideDescription description) {
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
            double downsample = i == 0 ? 1.0
                    : ((double) base.width() / level.width() + (double) base.height() / level.height()) / 2;
            described.add(new SlideLevel(i, level.width(), level.height(), downsample, level.tileWidth(),
                    level.tileHeight()));
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
            return readLevel(level.index(), Math.round(request.x() / downsample),
                    Math.round(request.y() / downsample), request.width(), request.height());
        }
        if (resolution instanceof Resolution.Downsample downsample) {
            return readScaled(request, downsample.factor(), downsample.factor());
        }
        Resolution.Mpp mpp = (Resolution.Mpp) resolution;
        PixelSize size = pixelSize().orElseThrow(() -> new UnsupportedSlideException(path,
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

    /** A region at a scale between levels: read from the best level, then resample. */
    private RgbImage readScaled(RegionRequest request, double downsampleX, double downsampleY) throws SlideException {
        SlideLevel level = bestLevelForDownsample(Math.min(downsampleX, downsampleY) * (1 + LEVEL_TOLERANCE));
        double scaleX = downsampleX / level.downsample();
        double scaleY = downsampleY / level.downsample();
        double originX = request.x() / level.downsample();
        double originY = request.y() / level.downsample();
        if (Math.abs(scaleX - 1) < 1e-9 && Math.abs(scaleY - 1) < 1e-9
                && Math.abs(originX - Math.rint(originX)) < 1e-6 && Math.abs(originY - Math.rint(originY)) < 1e-6) {
            return readLevel(level.index(), Math.round(originX), Math.round(originY), request.width(),
                    request.height());
        }
        return new Resampler(originX, originY, scaleX, scaleY, request.width(), request.height())
                .resample((x, y, w, h) -> readLevel(level.index(), x, y, w, h));
    }

    /**
     * Pixels of one level as stored, {@code (x, y)} in that level's pixels; parts outside the
     * level are white.
     */
    public RgbImage readLevel(int level, long x, long y, int width, int height) throws SlideException {
        LevelTiles grid = tiles.get(level);
        if (isExactlyOneTile(grid, x, y, width, height)) {
            RgbImage decoded = context.cache().decodeUncached(id, level, x / width, y / height,
                    () -> grid.decodeTile(x / width, y / height));
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
                boolean wholeTileRead = fromX == tileX && fromY == tileY
                        && toX == Math.min(tileX + tileWidth, grid.width())
                        && toY == Math.min(tileY + tileHeight, grid.height());
                RgbImage tile = tile(level, grid, column, row, !wholeTileRead);
                if (tile.width() < toX - tileX || tile.height() < toY - tileY) {
                    throw new CorruptSlideException(path, new TileLocation(level, column, row), "tile decodes to "
                            + tile.width() + "x" + tile.height() + " pixels, smaller than the tile grid's "
                            + tileWidth + "x" + tileHeight, null);
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
        return width == grid.tileWidth() && height == grid.tileHeight() && x >= 0 && y >= 0 && x % width == 0
                && y % height == 0 && x + width <= grid.width() && y + height <= grid.height();
    }

    /**
     * A tile from the cache, or decoded. Only tiles a region reads in part are kept: a region
     * that covers a whole tile has all of it, while its neighbours will want the rest of a
     * partly read one. Bulk extraction on the tile grid then never churns the cache.
     */
    private RgbImage tile(int level, LevelTiles grid, long column, long row, boolean keep) throws SlideException {
        return context.cache().get(id, level, column, row, keep, () -> grid.decodeTile(column, row));
    }

    @Override
    public final void close() {
        context.cache().evict(id);
        release();
    }

    /** Releases the reader's own resources (files, native handles). */
    protected abstract void release();
}
