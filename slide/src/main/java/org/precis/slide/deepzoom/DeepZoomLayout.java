package org.precis.slide.deepzoom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.precis.slide.SlideLevel;

/**
 * The geometry of a Deep Zoom pyramid over a slide's levels, computed as OpenSlide's
 * {@code DeepZoomGenerator} computes it, in the same floating-point steps, so that every level
 * size, tile grid and region read is the same. Four planes: a tile's column and row, pixels of
 * a Deep Zoom level, pixels of the pyramid level read, and level-0 pixels.
 */
final class DeepZoomLayout {

    private final String slideName;
    private final int tileSize;
    private final int overlap;
    private final SlideBounds bounds;
    private final long[] readableWidths;
    private final long[] readableHeights;
    private final double[] slideDownsamples;
    private final List<DeepZoomLevel> levels;
    private final int[] slideLevelOf;
    private final double[] levelPerDeepZoomPixel;

    /**
     * @param slideName        the slide, for messages
     * @param slideLevels      the slide's pyramid, full resolution first
     * @param bounds           the part of level 0 covered
     * @param bestLevel        the slide level to read for a level-0 downsample (the slide's
     *                         {@code bestLevelForDownsample})
     */
    DeepZoomLayout(
            String slideName,
            List<SlideLevel> slideLevels,
            SlideBounds bounds,
            DeepZoomSettings settings,
            DoubleFunction<SlideLevel> bestLevel) {
        this.slideName = slideName;
        this.tileSize = settings.tileSize();
        this.overlap = settings.overlap();
        this.bounds = bounds;
        SlideLevel base = slideLevels.get(0);
        double scaleX = (double) bounds.width() / base.width();
        double scaleY = (double) bounds.height() / base.height();
        int count = slideLevels.size();
        readableWidths = new long[count];
        readableHeights = new long[count];
        slideDownsamples = new double[count];
        for (int i = 0; i < count; i++) {
            SlideLevel level = slideLevels.get(i);
            readableWidths[i] = (long) Math.ceil(level.width() * scaleX);
            readableHeights[i] = (long) Math.ceil(level.height() * scaleY);
            slideDownsamples[i] = level.downsample();
        }
        List<long[]> sizes = new ArrayList<>();
        long width = readableWidths[0];
        long height = readableHeights[0];
        sizes.add(new long[] {width, height});
        while (width > 1 || height > 1) {
            width = Math.max(1, (width + 1) / 2);
            height = Math.max(1, (height + 1) / 2);
            sizes.add(new long[] {width, height});
        }
        int levelCount = sizes.size();
        List<DeepZoomLevel> built = new ArrayList<>(levelCount);
        slideLevelOf = new int[levelCount];
        levelPerDeepZoomPixel = new double[levelCount];
        for (int z = 0; z < levelCount; z++) {
            long[] size = sizes.get(levelCount - 1 - z);
            built.add(new DeepZoomLevel(z, size[0], size[1], tiles(size[0]), tiles(size[1])));
            double downsample = Math.scalb(1.0, levelCount - z - 1);
            slideLevelOf[z] = bestLevel.apply(downsample).index();
            levelPerDeepZoomPixel[z] = downsample / slideDownsamples[slideLevelOf[z]];
        }
        this.levels = List.copyOf(built);
    }

    private long tiles(long pixels) {
        return (pixels + tileSize - 1) / tileSize;
    }

    List<DeepZoomLevel> levels() {
        return levels;
    }

    /** The pyramid level a Deep Zoom level reads. */
    int slideLevelOf(int level) {
        return slideLevelOf[level];
    }

    /** Checks that a tile exists: throws {@link TileOutOfRangeException} naming it otherwise. */
    DeepZoomLevel check(TileAddress address) {
        if (address.level() < 0 || address.level() >= levels.size()) {
            throw new TileOutOfRangeException(
                    slideName, address, "does not exist: levels are 0 to " + (levels.size() - 1));
        }
        DeepZoomLevel level = levels.get(address.level());
        if (address.column() < 0
                || address.column() >= level.columns()
                || address.row() < 0
                || address.row() >= level.rows()) {
            throw new TileOutOfRangeException(
                    slideName,
                    address,
                    "does not exist: the level has " + level.columns() + " x " + level.rows()
                            + " tiles (columns and rows from 0)");
        }
        return level;
    }

    /** The region a tile is made from; the address must exist ({@link #check}). */
    TileRead read(TileAddress address) {
        DeepZoomLevel level = check(address);
        int z = address.level();
        int slideLevel = slideLevelOf[z];
        Axis horizontal = axis(
                address.column(),
                level.columns(),
                level.width(),
                z,
                slideLevel,
                bounds.x(),
                readableWidths[slideLevel]);
        Axis vertical = axis(
                address.row(), level.rows(), level.height(), z, slideLevel, bounds.y(), readableHeights[slideLevel]);
        return new TileRead(
                slideLevel,
                horizontal.origin,
                vertical.origin,
                horizontal.read,
                vertical.read,
                horizontal.size,
                vertical.size);
    }

    private record Axis(long origin, int read, int size) {}

    /** One axis of a tile: its overlap, size, level-0 origin and the length read at the slide level. */
    private Axis axis(long tile, long tiles, long levelSize, int z, int slideLevel, long offset, long readable) {
        int before = tile != 0 ? overlap : 0;
        int after = tile != tiles - 1 ? overlap : 0;
        int size = (int) (Math.min(tileSize, levelSize - (long) tileSize * tile) + before + after);
        double levelOrigin = levelPerDeepZoomPixel[z] * ((double) tileSize * tile - before);
        long origin = (long) (slideDownsamples[slideLevel] * levelOrigin + offset);
        long read =
                Math.min((long) Math.ceil(levelPerDeepZoomPixel[z] * size), readable - (long) Math.ceil(levelOrigin));
        return new Axis(origin, (int) read, size);
    }
}
