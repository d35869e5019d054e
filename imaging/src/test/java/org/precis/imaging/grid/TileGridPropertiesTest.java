package org.precis.imaging.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;

class TileGridPropertiesTest {

    /** A slide size, its µm/px, a tile size and a target µm/px, as a scanner and a model might have them. */
    record Case(long width, long height, double slideMpp, int tileSizePx, double targetMpp) {
        TileGrid grid(EdgeTiles edges) {
            return TileGrid.covering(width, height, slideMpp, tileSizePx, targetMpp, edges);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        Arbitraries.longs().between(1, 200_000),
                        Arbitraries.longs().between(1, 200_000),
                        Arbitraries.doubles().between(0.1, 2.0),
                        Arbitraries.integers().between(16, 1024),
                        Arbitraries.doubles().between(0.2, 16.0))
                .as(Case::new)
                .filter(c -> c.tileSizePx() * c.targetMpp() / c.slideMpp() >= 1)
                .filter(c -> (c.width() * c.slideMpp() / (c.tileSizePx() * c.targetMpp()) + 2)
                                * (c.height() * c.slideMpp() / (c.tileSizePx() * c.targetMpp()) + 2)
                        < 200_000);
    }

    @Property(tries = 300)
    void neighbouringTilesShareEdgesSoThereAreNoGapsOrOverlaps(@ForAll("cases") Case c, @ForAll EdgeTiles edges) {
        TileGrid grid = c.grid(edges);
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                Tile tile = grid.tile(column, row);
                if (column + 1 < grid.columns()) {
                    Tile right = grid.tile(column + 1, row);
                    assertThat(right.x()).isEqualTo(tile.x() + tile.width());
                    assertThat(right.y()).isEqualTo(tile.y());
                    assertThat(right.height()).isEqualTo(tile.height());
                }
                if (row + 1 < grid.rows()) {
                    Tile below = grid.tile(column, row + 1);
                    assertThat(below.y()).isEqualTo(tile.y() + tile.height());
                    assertThat(below.x()).isEqualTo(tile.x());
                    assertThat(below.width()).isEqualTo(tile.width());
                }
            }
        }
        if (grid.tileCount() > 0) {
            assertThat(grid.tile(0, 0).x()).isEqualTo(grid.originX());
            assertThat(grid.tile(0, 0).y()).isEqualTo(grid.originY());
        }
    }

    @Property(tries = 300)
    void wholeTilesLieInsideTheSlideAndLeaveLessThanATileUncovered(@ForAll("cases") Case c) {
        TileGrid grid = c.grid(EdgeTiles.WHOLE_ONLY);
        if (grid.tileCount() > 0) {
            Tile last = last(grid);
            assertThat(last.x() + last.width()).isLessThanOrEqualTo(c.width());
            assertThat(last.y() + last.height()).isLessThanOrEqualTo(c.height());
        }
        // the margin left out is narrower than one more tile would be
        assertThat(Math.round((grid.columns() + 1) * grid.tileSizeLevel0())).isGreaterThan(c.width());
        assertThat(Math.round((grid.rows() + 1) * grid.tileSizeLevel0())).isGreaterThan(c.height());
    }

    @Property(tries = 300)
    void coveringGridsReachTheSlideEdgeAndStartEveryTileInsideIt(@ForAll("cases") Case c) {
        TileGrid grid = c.grid(EdgeTiles.COVER_SLIDE);
        assertThat(grid.columns()).isPositive();
        assertThat(grid.rows()).isPositive();
        Tile last = last(grid);
        assertThat(last.x() + last.width()).isGreaterThanOrEqualTo(c.width());
        assertThat(last.y() + last.height()).isGreaterThanOrEqualTo(c.height());
        assertThat(last.x()).isLessThan(c.width());
        assertThat(last.y()).isLessThan(c.height());
        for (Tile tile : grid.tiles()) {
            assertThat(tile.x()).isBetween(0L, c.width() - 1);
            assertThat(tile.y()).isBetween(0L, c.height() - 1);
        }
    }

    @Property(tries = 300)
    void everyTileHasThePhysicalSizeAskedFor(@ForAll("cases") Case c, @ForAll EdgeTiles edges) {
        TileGrid grid = c.grid(edges);
        double tileSizeUm = c.tileSizePx() * c.targetMpp();
        assertThat(grid.tileSizeUm()).isEqualTo(tileSizeUm);
        assertThat(grid.tileSizeLevel0() * grid.slideMpp())
                .isCloseTo(tileSizeUm, org.assertj.core.data.Offset.offset(1e-12 * tileSizeUm));
        for (Tile tile : sample(grid)) {
            RegionRequest read = grid.regionRequest(tile);
            assertThat(read.width()).isEqualTo(c.tileSizePx());
            assertThat(read.height()).isEqualTo(c.tileSizePx());
            double downsample = ((Resolution.Downsample) read.resolution()).factor();
            // pixels asked for, times the µm of one of them, is the tile's physical size
            assertThat(read.width() * downsample * c.slideMpp())
                    .isCloseTo(tileSizeUm, org.assertj.core.data.Offset.offset(1e-12 * tileSizeUm));
            // its rounded level-0 bounds are within one slide pixel of that size
            assertThat(Math.abs(tile.width() * c.slideMpp() - tileSizeUm)).isLessThanOrEqualTo(c.slideMpp());
            assertThat(Math.abs(tile.height() * c.slideMpp() - tileSizeUm)).isLessThanOrEqualTo(c.slideMpp());
        }
    }

    @Property(tries = 100)
    void tilesListsEveryGridPositionOnceRowByRow(@ForAll("cases") Case c) {
        TileGrid grid = c.grid(EdgeTiles.COVER_SLIDE);
        Assume.that(grid.tileCount() <= 20_000);
        List<Tile> tiles = grid.tiles();
        assertThat(tiles).hasSize((int) grid.tileCount());
        for (int i = 0; i < tiles.size(); i++) {
            assertThat(tiles.get(i).column()).isEqualTo(i % grid.columns());
            assertThat(tiles.get(i).row()).isEqualTo(i / grid.columns());
        }
    }

    private static Tile last(TileGrid grid) {
        return grid.tile(grid.columns() - 1, grid.rows() - 1);
    }

    private static List<Tile> sample(TileGrid grid) {
        if (grid.tileCount() == 0) {
            return List.of();
        }
        return List.of(grid.tile(0, 0), last(grid), grid.tile(grid.columns() / 2, grid.rows() / 2));
    }
}
