package org.precis.slide.openslide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLimitException;
import org.precis.slide.spi.ReadLimits;
import org.precis.slide.spi.SlideContext;
import org.precis.slide.spi.SlideDescription;
import org.precis.slide.spi.TiledSlide;

/** A slide read through OpenSlide: its levels become virtual tile grids for the shared base. */
final class OpenSlideSlide extends TiledSlide {

    /**
     * Virtual tile edge when the file states no tile size, or an unhelpful one: tiny tiles
     * cost one native call each, huge ones crowd the shared cache.
     */
    static final int DEFAULT_TILE = 512;

    private static final int MIN_TILE = 64;
    private static final int MAX_TILE = 2048;

    private final OpenSlideHandle handle;
    private final List<OpenSlideLevel> openSlideLevels;

    private OpenSlideSlide(
            OpenSlideHandle handle, SlideContext context, List<OpenSlideLevel> levels, OpenSlideMetadata metadata) {
        super(
                handle.path(),
                context,
                levels,
                new SlideDescription(
                        "openslide-" + metadata.vendor().orElse("unknown"),
                        metadata.vendor(),
                        metadata.pixelSize(),
                        metadata.objectivePower(),
                        new TreeSet<>(metadata.associatedImageNames()),
                        metadata.properties()));
        this.handle = handle;
        this.openSlideLevels = List.copyOf(levels);
    }

    /** Reads the levels and metadata of an open handle; closes the handle if that fails. */
    static OpenSlideSlide of(OpenSlideHandle handle, SlideContext context) throws SlideException {
        try {
            Map<String, String> properties = handle.properties();
            OpenSlideMetadata metadata = OpenSlideMetadata.of(properties, handle.associatedImageNames());
            return new OpenSlideSlide(handle, context, levels(handle, properties, context.limits()), metadata);
        } catch (SlideException | RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    private static List<OpenSlideLevel> levels(
            OpenSlideHandle handle, Map<String, String> properties, ReadLimits limits) throws SlideException {
        int count = handle.levelCount();
        if (count <= 0) {
            throw new CorruptSlideException(handle.path(), "OpenSlide reports " + count + " levels");
        }
        if (count > limits.maxDirectories()) {
            throw new SlideLimitException(
                    handle.path(),
                    "OpenSlide reports " + count + " levels, more than the limit of " + limits.maxDirectories());
        }
        List<OpenSlideLevel> levels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OpenSlideHandle.Dimensions size = handle.levelDimensions(i);
            if (size.width() <= 0 || size.height() <= 0) {
                throw new CorruptSlideException(
                        handle.path(), "level " + i + " is " + size.width() + "x" + size.height() + " pixels");
            }
            if (size.width() > limits.maxLevelDimension() || size.height() > limits.maxLevelDimension()) {
                throw new SlideLimitException(
                        handle.path(),
                        "level " + i + " of " + size.width() + "x"
                                + size.height() + " pixels exceeds the limit of " + limits.maxLevelDimension()
                                + " pixels a side");
            }
            double downsample = handle.levelDownsample(i);
            if (!(downsample >= 1 - 1e-9) || Double.isInfinite(downsample)) {
                throw new CorruptSlideException(handle.path(), "level " + i + " has downsample " + downsample);
            }
            int tileWidth = tileEdge(properties.get("openslide.level[" + i + "].tile-width"));
            int tileHeight = tileEdge(properties.get("openslide.level[" + i + "].tile-height"));
            if ((long) tileWidth * tileHeight > limits.maxTilePixels()) {
                tileWidth = DEFAULT_TILE;
                tileHeight = DEFAULT_TILE;
            }
            levels.add(new OpenSlideLevel(handle, i, size.width(), size.height(), downsample, tileWidth, tileHeight));
        }
        return levels;
    }

    /** The file's tile edge when it states a usable one, else {@link #DEFAULT_TILE}. */
    private static int tileEdge(String stated) {
        if (stated == null) {
            return DEFAULT_TILE;
        }
        try {
            int edge = Integer.parseInt(stated.trim());
            return edge >= MIN_TILE && edge <= MAX_TILE ? edge : DEFAULT_TILE;
        } catch (NumberFormatException e) {
            return DEFAULT_TILE;
        }
    }

    /**
     * A region at a stored level is read with one {@code openslide_read_region} call (or
     * OpenSlide-style pieces when large), not assembled from cached tiles: OpenSlide shifts a
     * read by the fraction in {@code x / downsample}, so tiles read at their own corners carry
     * different sub-pixel shifts and would leave seams, and the result would not be what
     * OpenSlide itself returns for the region. Other resolutions go through the shared base
     * (cached virtual tiles, then resampling).
     */
    @Override
    public RgbImage readRegion(RegionRequest request) throws SlideException {
        if (request.resolution() instanceof Resolution.Level level && level.index() < openSlideLevels.size()) {
            return openSlideLevels
                    .get(level.index())
                    .region(request.x(), request.y(), request.width(), request.height());
        }
        return super.readRegion(request);
    }

    @Override
    public String backend() {
        return "openslide";
    }

    @Override
    protected RgbImage readAssociatedImage(String name) throws SlideException {
        return handle.associatedImage(name);
    }

    @Override
    protected void release() {
        handle.close();
    }
}
