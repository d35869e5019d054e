package org.precis.slide.deepzoom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.precis.slide.RegionRequest;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/**
 * A Deep Zoom pyramid over an open slide, with OpenSlide's conventions: its levels and tile
 * grids, its {@code .dzi}, the pixels of any tile and the ETag of any tile. Thread-safe as the
 * slide is: any number of threads may render tiles at once. It does not own the slide; close the
 * slide when done.
 */
public final class DeepZoomPyramid {

    /**
     * Changes whenever the pixels of a tile would change for the same file and settings (a new
     * resampling, a new rule), so that ETags and cached tiles of an older Precis are not reused.
     */
    static final String RENDERING = "precis-deepzoom-1";

    private final Slide slide;
    private final SlideIdentity identity;
    private final DeepZoomSettings settings;
    private final DeepZoomLayout layout;
    private final boolean readerShiftsFractions;

    private DeepZoomPyramid(Slide slide, SlideIdentity identity, DeepZoomSettings settings, DeepZoomLayout layout) {
        this.slide = slide;
        this.identity = identity;
        this.settings = settings;
        this.layout = layout;
        // OpenSlide's own reader already paints a region that starts between level pixels shifted.
        this.readerShiftsFractions = "openslide".equals(slide.backend());
    }

    /** The pyramid of an open slide; reads the file's size and modification time for its identity. */
    public static DeepZoomPyramid of(Slide slide, DeepZoomSettings settings) throws SlideException {
        return of(slide, SlideIdentity.of(slide.path()), settings);
    }

    /** The pyramid of an open slide whose identity the caller knows already. */
    public static DeepZoomPyramid of(Slide slide, SlideIdentity identity, DeepZoomSettings settings)
            throws SlideException {
        SlideBounds bounds = SlideBounds.of(slide, settings.bounds());
        DeepZoomLayout layout = new DeepZoomLayout(
                String.valueOf(slide.path().getFileName()),
                slide.levels(),
                bounds,
                settings,
                slide::bestLevelForDownsample);
        return new DeepZoomPyramid(slide, identity, settings, layout);
    }

    public SlideIdentity identity() {
        return identity;
    }

    public DeepZoomSettings settings() {
        return settings;
    }

    /** Levels, 1x1 pixel first, the slide at full resolution last. */
    public List<DeepZoomLevel> levels() {
        return layout.levels();
    }

    public int levelCount() {
        return layout.levels().size();
    }

    /** One level; throws {@link TileOutOfRangeException} when it does not exist. */
    public DeepZoomLevel level(int index) {
        return layout.check(new TileAddress(index, 0, 0));
    }

    /** Tiles in all levels. */
    public long tileCount() {
        return layout.levels().stream().mapToLong(DeepZoomLevel::tileCount).sum();
    }

    /** The {@code .dzi}: the size of the last level, the tile size, overlap and format. */
    public DziDescriptor dzi() {
        DeepZoomLevel last = layout.levels().get(levelCount() - 1);
        return new DziDescriptor(
                settings.tileSize(), settings.overlap(), settings.format(), last.width(), last.height());
    }

    /**
     * Checks that a tile exists.
     *
     * @throws TileOutOfRangeException naming the slide, the tile and the grid when it does not
     */
    public TileAddress address(int level, long column, long row) {
        TileAddress address = new TileAddress(level, column, row);
        layout.check(address);
        return address;
    }

    /**
     * The tile's pixels, before compression: the region of the best pyramid level, shrunk as
     * PIL's LANCZOS thumbnail shrinks it. Its size is the tile's place in the grid with its
     * overlap, except where keeping the region's aspect ratio takes a pixel off (as OpenSlide's).
     *
     * @throws TileOutOfRangeException when the tile does not exist
     * @throws SlideException          when the slide's data for it cannot be read (naming the
     *                                 file and the pyramid level's tile at fault)
     */
    public RgbImage tile(int level, long column, long row) throws SlideException {
        return tile(address(level, column, row));
    }

    public RgbImage tile(TileAddress address) throws SlideException {
        TileRead read = layout.read(address);
        RgbImage region = region(read);
        return LanczosThumbnail.shrink(region, read.width(), read.height());
    }

    /** The slide region a tile is made from, as OpenSlide's {@code read_region} returns it. */
    RgbImage region(TileRead read) throws SlideException {
        int level = read.slideLevel();
        if (readerShiftsFractions) {
            return slide.readRegion(
                    RegionRequest.atLevel(level, read.x(), read.y(), read.readWidth(), read.readHeight()));
        }
        SlideLevel slideLevel = slide.levels().get(level);
        double downsample = slideLevel.downsample();
        long fixedX = SubpixelShift.fixed(read.x() / downsample);
        long fixedY = SubpixelShift.fixed(read.y() / downsample);
        long levelX = fixedX >> 16;
        long levelY = fixedY >> 16;
        SubpixelShift shift = new SubpixelShift((int) (fixedX & 0xffff), (int) (fixedY & 0xffff));
        int extra = shift.isNone() ? 0 : 1;
        RgbImage pixels = slide.readRegion(RegionRequest.atLevel(
                level,
                Math.round(levelX * downsample),
                Math.round(levelY * downsample),
                read.readWidth() + extra,
                read.readHeight() + extra));
        if (shift.isNone()) {
            return pixels;
        }
        return shift.apply(
                pixels,
                levelX,
                levelY,
                slideLevel.width(),
                slideLevel.height(),
                slideLevel.tileWidth(),
                slideLevel.tileHeight(),
                read.readWidth(),
                read.readHeight());
    }

    /**
     * A strong ETag (quoted) for a tile: a digest of the slide's identity, the settings, the
     * rendering revision and the tile's address. The same for the same file and settings in
     * every process, so that a client's cached tile stays valid across restarts.
     *
     * @throws TileOutOfRangeException when the tile does not exist
     */
    public String etag(int level, long column, long row) {
        return etag(address(level, column, row));
    }

    public String etag(TileAddress address) {
        String text = RENDERING
                + '\n'
                + identity.path()
                + '\n'
                + identity.size()
                + '\n'
                + identity.modified().getEpochSecond()
                + '.'
                + identity.modified().getNano()
                + '\n'
                + settings
                + '\n'
                + address.level()
                + '/'
                + address.column()
                + '_'
                + address.row();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The pyramid level a Deep Zoom level reads (for tests and diagnostics). */
    int slideLevelOf(int level) {
        return layout.slideLevelOf(level);
    }

    TileRead read(TileAddress address) {
        return layout.read(address);
    }
}
