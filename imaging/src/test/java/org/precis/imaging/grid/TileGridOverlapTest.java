package org.precis.imaging.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TileGridOverlapTest {

    @Test
    void overlappingTilesStepByTheTileLessTheOverlap() {
        // tiles of 224 px at 0.5 µm/px over 0.25 µm/px: 448 level-0 px, stepping 400 with an overlap of 24 px
        TileGrid whole = TileGrid.covering(1000, 900, 0.25, 224, 0.5, 24, EdgeTiles.WHOLE_ONLY);
        assertThat(whole.strideLevel0()).isEqualTo(400.0);
        assertThat(whole.columns()).isEqualTo(2);
        assertThat(whole.rows()).isEqualTo(2);
        assertThat(whole.tile(1, 1)).isEqualTo(new Tile(1, 1, 400, 400, 448, 448));
        TileGrid cover = TileGrid.covering(1000, 900, 0.25, 224, 0.5, 24, EdgeTiles.COVER_SLIDE);
        assertThat(cover.columns()).isEqualTo(3);
        assertThat(cover.rows()).isEqualTo(3);
        assertThat(cover.tile(2, 0).x()).isEqualTo(800);
        assertThat(cover.regionRequest(cover.tile(2, 2)).width()).isEqualTo(224);
    }

    @Test
    void noOverlapIsTheTouchingGrid() {
        TileGrid touching = TileGrid.covering(4443, 3567, 0.25, 256, 0.5, EdgeTiles.COVER_SLIDE);
        TileGrid zero = new TileGridSpec(256, 0.5, 0, EdgeTiles.COVER_SLIDE).over(4443, 3567, 0.25);
        assertThat(zero).isEqualTo(touching);
        assertThat(zero.tiles()).isEqualTo(touching.tiles());
    }

    @Test
    void anOverlapOfAWholeTileIsRejected() {
        assertThatThrownBy(() -> TileGrid.covering(1000, 1000, 0.25, 224, 0.5, 224, EdgeTiles.WHOLE_ONLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> new TileGridSpec(224, 0.5, -1, EdgeTiles.WHOLE_ONLY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void wholeTilesLieInsideAndNeighboursShareTheOverlap(
            @ForAll @IntRange(min = 300, max = 6000) int width,
            @ForAll @IntRange(min = 16, max = 300) int tilePx,
            @ForAll @DoubleRange(min = 0.1, max = 0.99) double share,
            @ForAll @DoubleRange(min = 0.2, max = 1.1) double slideMpp,
            @ForAll @DoubleRange(min = 0.25, max = 2.0) double targetMpp) {
        int overlapPx = (int) (share * tilePx) % tilePx;
        if (tilePx * targetMpp / slideMpp < 1) {
            return;
        }
        double size = tilePx * targetMpp / slideMpp;
        // one row is enough to check the spacing and keeps the grid small
        long height = (long) Math.ceil(size) + 1;
        TileGrid grid = TileGrid.covering(width, height, slideMpp, tilePx, targetMpp, overlapPx, EdgeTiles.WHOLE_ONLY);
        if (grid.columns() == 0) {
            assertThat(Math.round(size)).isGreaterThan(width);
            return;
        }
        assertThat(grid.rows()).isPositive();
        double stride = (tilePx - overlapPx) * targetMpp / slideMpp;
        for (int column = 0; column < grid.columns(); column++) {
            Tile tile = grid.tile(column, 0);
            assertThat(tile.x() + tile.width()).isLessThanOrEqualTo(width);
            assertThat((double) tile.width()).isCloseTo(size, org.assertj.core.api.Assertions.within(1.0));
            if (column > 0) {
                Tile previous = grid.tile(column - 1, 0);
                assertThat((double) (tile.x() - previous.x()))
                        .isCloseTo(stride, org.assertj.core.api.Assertions.within(1.0));
            }
        }
        // one more tile would not fit
        assertThat(Math.round(grid.columns() * stride + size)).isGreaterThan(width);
    }
}
