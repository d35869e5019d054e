package org.precis.slide.deepzoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.precis.slide.SlideLevel;

/**
 * The geometry of a Deep Zoom pyramid, for any slide size, pyramid, tile size and overlap:
 * levels halve down to 1x1, tiles with their overlap cover each level exactly, neighbours share
 * their overlaps, no tile is larger than its side plus two overlaps, and every region read lies
 * in its pyramid level.
 */
class DeepZoomGeometryProperties {

    @Property
    void levelsHalveWithCeilDownToOnePixel(
            @ForAll @IntRange(min = 1, max = 300_000) int width,
            @ForAll @IntRange(min = 1, max = 300_000) int height,
            @ForAll @IntRange(min = 2, max = 4) int step,
            @ForAll @IntRange(min = 1, max = 1024) int tileSize) {
        DeepZoomLayout layout = layout(width, height, step, tileSize, 1);
        List<DeepZoomLevel> levels = layout.levels();
        DeepZoomLevel last = levels.get(levels.size() - 1);
        assertThat(List.of(last.width(), last.height())).containsExactly((long) width, (long) height);
        assertThat(List.of(levels.get(0).width(), levels.get(0).height())).containsExactly(1L, 1L);
        for (int z = 1; z < levels.size(); z++) {
            DeepZoomLevel above = levels.get(z - 1);
            DeepZoomLevel level = levels.get(z);
            assertThat(above.width()).isEqualTo((level.width() + 1) / 2);
            assertThat(above.height()).isEqualTo((level.height() + 1) / 2);
            assertThat(level.width() > 1 || level.height() > 1).isTrue();
            assertThat(level.columns()).isEqualTo((level.width() + tileSize - 1) / tileSize);
            assertThat(level.rows()).isEqualTo((level.height() + tileSize - 1) / tileSize);
        }
    }

    /**
     * Along each axis the tiles start at 0 and end at the level's edge, and each pair of
     * neighbours shares exactly two overlaps (one inside each): OpenSlide's layout, where the
     * last tile is at least an overlap wide (always so with the 1-pixel default).
     */
    @Property
    void tilesWithOverlapCoverEachLevelExactlyAndNeighboursShareTheOverlap(
            @ForAll @IntRange(min = 1, max = 300_000) int width,
            @ForAll @IntRange(min = 1, max = 300_000) int height,
            @ForAll @IntRange(min = 2, max = 4) int step,
            @ForAll @IntRange(min = 1, max = 1024) int tileSize,
            @ForAll @IntRange(min = 0, max = 8) int overlap,
            @ForAll @IntRange(min = 0, max = 1000) int levelPick) {
        Assume.that(overlap < tileSize);
        DeepZoomLayout layout = layout(width, height, step, tileSize, overlap);
        DeepZoomLevel level = layout.levels().get(levelPick % layout.levels().size());
        Assume.that(lastCore(level.width(), tileSize) >= overlap && lastCore(level.height(), tileSize) >= overlap);
        long end = 0;
        for (long col = 0; col < level.columns(); col++) {
            TileRead read = layout.read(new TileAddress(level.index(), col, 0));
            long start = col * tileSize - (col > 0 ? overlap : 0);
            assertThat(start).isEqualTo(col == 0 ? 0 : end - 2L * overlap);
            end = start + read.width();
        }
        assertThat(end).isEqualTo(level.width());
        end = 0;
        for (long row = 0; row < level.rows(); row++) {
            TileRead read = layout.read(new TileAddress(level.index(), 0, row));
            long start = row * tileSize - (row > 0 ? overlap : 0);
            assertThat(start).isEqualTo(row == 0 ? 0 : end - 2L * overlap);
            end = start + read.height();
        }
        assertThat(end).isEqualTo(level.height());
    }

    @Property
    void noTileExceedsItsSidePlusTwoOverlapsAndEveryReadLiesInItsLevel(
            @ForAll @IntRange(min = 1, max = 300_000) int width,
            @ForAll @IntRange(min = 1, max = 300_000) int height,
            @ForAll @IntRange(min = 2, max = 4) int step,
            @ForAll @IntRange(min = 1, max = 1024) int tileSize,
            @ForAll @IntRange(min = 0, max = 8) int overlap,
            @ForAll @IntRange(min = 0, max = 1000) int levelPick) {
        Assume.that(overlap < tileSize);
        List<SlideLevel> pyramid = pyramid(width, height, step);
        DeepZoomLayout layout = layout(pyramid, tileSize, overlap);
        DeepZoomLevel level = layout.levels().get(levelPick % layout.levels().size());
        Assume.that(lastCore(level.width(), tileSize) >= overlap && lastCore(level.height(), tileSize) >= overlap);
        for (long col = 0; col < level.columns(); col++) {
            for (long row : new long[] {0, level.rows() - 1}) {
                TileRead read = layout.read(new TileAddress(level.index(), col, row));
                SlideLevel read0 = pyramid.get(read.slideLevel());
                assertThat(read.width()).isBetween(1, tileSize + 2 * overlap);
                assertThat(read.height()).isBetween(1, tileSize + 2 * overlap);
                assertThat(read.readWidth()).isPositive();
                assertThat(read.readHeight()).isPositive();
                assertThat((long) Math.ceil(read.x() / read0.downsample()) + read.readWidth())
                        .as("level %d tile (%d, %d) read from level %d", level.index(), col, row, read.slideLevel())
                        .isLessThanOrEqualTo(read0.width() + 1);
                assertThat((long) Math.ceil(read.y() / read0.downsample()) + read.readHeight())
                        .isLessThanOrEqualTo(read0.height() + 1);
                ThumbnailSize size = ThumbnailSize.of(read.readWidth(), read.readHeight(), read.width(), read.height());
                assertThat(size.width()).isBetween(1, read.width());
                assertThat(size.height()).isBetween(1, read.height());
            }
        }
    }

    private static long lastCore(long size, int tileSize) {
        return size - (size - 1) / tileSize * tileSize;
    }

    static DeepZoomLayout layout(int width, int height, int step, int tileSize, int overlap) {
        return layout(pyramid(width, height, step), tileSize, overlap);
    }

    static DeepZoomLayout layout(List<SlideLevel> pyramid, int tileSize, int overlap) {
        SlideLevel base = pyramid.get(0);
        return new DeepZoomLayout(
                "synthetic",
                pyramid,
                new SlideBounds(0, 0, base.width(), base.height()),
                new DeepZoomSettings(tileSize, overlap, DeepZoomSettings.Bounds.WHOLE_SLIDE, TileFormat.JPEG, 75),
                downsample -> bestLevel(pyramid, downsample));
    }

    /** A pyramid as scanners write it: each level the one above divided by {@code step}, rounded down. */
    static List<SlideLevel> pyramid(long width, long height, int step) {
        List<SlideLevel> levels = new ArrayList<>();
        long w = width;
        long h = height;
        while (levels.isEmpty() || (w >= 256 && h >= 256)) {
            double downsample = levels.isEmpty() ? 1.0 : ((double) width / w + (double) height / h) / 2;
            levels.add(new SlideLevel(levels.size(), w, h, downsample, 256, 256));
            w = Math.max(1, w / step);
            h = Math.max(1, h / step);
        }
        return levels;
    }

    /** {@link org.precis.slide.Slide#bestLevelForDownsample}'s rule. */
    private static SlideLevel bestLevel(List<SlideLevel> all, double downsample) {
        SlideLevel best = all.get(0);
        for (SlideLevel level : all) {
            if (level.downsample() <= downsample * (1 + 1e-9) && level.downsample() > best.downsample()) {
                best = level;
            }
        }
        return best;
    }
}
