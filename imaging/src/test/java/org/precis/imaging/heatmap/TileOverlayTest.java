package org.precis.imaging.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.slide.RgbImage;

class TileOverlayTest {

    @Test
    void opaqueTileReplacesExactlyThePixelsWhoseCentresItCovers() {
        RgbImage grey = RgbImage.filled(10, 10, 100, 100, 100);
        // Level-0 x 40..80 at 10 level-0 px per thumbnail px: centres 4.5..7.5 -> pixels 4..7.
        Tile tile = new Tile(0, 0, 40, 20, 40, 30);
        RgbImage painted = new TileOverlay(grey, 10).paint(List.of(new TileColour(tile, 0xFF0000, 1)));
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                boolean inside = x >= 4 && x < 8 && y >= 2 && y < 5;
                assertThat(painted.rgbAt(x, y)).as("pixel %d,%d", x, y).isEqualTo(inside ? 0xFF0000 : 0x646464);
            }
        }
    }

    @Test
    void translucentTileBlendsLinearlyWithTheThumbnail() {
        RgbImage image = RgbImage.filled(4, 4, 200, 0, 100);
        Tile all = new Tile(0, 0, 0, 0, 4, 4);
        RgbImage painted = new TileOverlay(image, 1).paint(List.of(new TileColour(all, 0x0000FF, 0.25)));
        // 200 + (0 - 200) / 4 = 150; 0 stays 0; 100 + (255 - 100) / 4 = 138.75 -> 139.
        assertThat(painted.rgbAt(2, 3)).isEqualTo(150 << 16 | 139);
        assertThat(image.rgbAt(2, 3)).as("the input is not changed").isEqualTo(200 << 16 | 100);
    }

    @Test
    void tilesOutsideTheThumbnailAreClipped() {
        RgbImage image = RgbImage.filled(5, 5, 0, 0, 0);
        Tile beyond = new Tile(3, 3, 40, 40, 100, 100);
        RgbImage painted = new TileOverlay(image, 10).paint(List.of(new TileColour(beyond, 0xFFFFFF, 1)));
        assertThat(painted.rgbAt(4, 4)).isEqualTo(0xFFFFFF);
        assertThat(painted.rgbAt(3, 3)).isZero();
    }

    @Test
    void refusesNonPositiveDownsampleAndOpacityOutsideTheUnitInterval() {
        RgbImage image = RgbImage.filled(2, 2, 0, 0, 0);
        assertThatThrownBy(() -> new TileOverlay(image, 0)).hasMessageContaining("downsample");
        Tile tile = new Tile(0, 0, 0, 0, 1, 1);
        assertThatThrownBy(() -> new TileColour(tile, 0, 1.5)).hasMessageContaining("opacity");
        assertThatThrownBy(() -> new TileColour(tile, 0, Double.NaN)).hasMessageContaining("opacity");
    }

    /** Every thumbnail pixel gets the colour of the one grid tile that holds its centre: no gaps, no overlaps. */
    @Property(tries = 60)
    void aCoveringGridPaintsEveryPixelWithTheTileHoldingItsCentre(
            @ForAll @IntRange(min = 50, max = 1500) int width,
            @ForAll @IntRange(min = 50, max = 1500) int height,
            @ForAll @IntRange(min = 16, max = 300) int tilePx,
            @ForAll @DoubleRange(min = 1, max = 4) double mppRatio,
            @ForAll @DoubleRange(min = 3, max = 40) double downsample) {
        TileGrid grid = TileGrid.covering(width, height, 0.25, tilePx, 0.25 * mppRatio, EdgeTiles.COVER_SLIDE);
        int thumbWidth = (int) Math.ceil(width / downsample);
        int thumbHeight = (int) Math.ceil(height / downsample);
        List<Tile> tiles = grid.tiles();
        List<TileColour> colours = new ArrayList<>();
        for (Tile tile : tiles) {
            colours.add(new TileColour(tile, idColour(tile), 1));
        }
        RgbImage painted =
                new TileOverlay(RgbImage.filled(thumbWidth, thumbHeight, 0, 0, 0), downsample).paint(colours);
        for (int y = 0; y < thumbHeight; y++) {
            for (int x = 0; x < thumbWidth; x++) {
                double centreX = (x + 0.5) * downsample;
                double centreY = (y + 0.5) * downsample;
                Tile holder = holder(tiles, centreX, centreY);
                int expected = holder == null ? 0 : idColour(holder);
                assertThat(painted.rgbAt(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    /** A sample the property once failed on: pixel row 37's centre falls on the last tile's edge within rounding. */
    @Example
    void aPixelCentreOnATileEdgeWithinRoundingIsPaintedByTheTileHoldingIt() {
        aCoveringGridPaintsEveryPixelWithTheTileHoldingItsCentre(50, 122, 17, 1.03, 3.28);
    }

    private static int idColour(Tile tile) {
        return (tile.column() + 1) << 12 | (tile.row() + 1);
    }

    /** The tile holding a level-0 point, found by binary search over the grid's column and row edges. */
    private static Tile holder(List<Tile> tiles, double x, double y) {
        int columns = (int) tiles.stream().filter(t -> t.row() == 0).count();
        int rows = tiles.size() / columns;
        int column = edgeIndex(
                c -> tiles.get(c).x(), c -> tiles.get(c).x() + tiles.get(c).width(), columns, x);
        int row = edgeIndex(
                r -> tiles.get(r * columns).y(),
                r -> tiles.get(r * columns).y() + tiles.get(r * columns).height(),
                rows,
                y);
        return column < 0 || row < 0 ? null : tiles.get(row * columns + column);
    }

    private static int edgeIndex(
            java.util.function.IntToLongFunction start,
            java.util.function.IntToLongFunction end,
            int count,
            double position) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (position < start.applyAsLong(mid)) {
                high = mid - 1;
            } else if (position >= end.applyAsLong(mid)) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
