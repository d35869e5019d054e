package org.precis.imaging.tissue;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;

class TissueMaskPropertiesTest {

    record Raster(int width, int height, boolean[] pixels) {}

    @Provide
    Arbitrary<Raster> rasters() {
        return Arbitraries.integers()
                .between(1, 40)
                .tuple2()
                .flatMap(size -> Arbitraries.of(true, false)
                        .array(boolean[].class)
                        .ofSize(size.get1() * size.get2())
                        .map(pixels -> new Raster(size.get1(), size.get2(), pixels)));
    }

    @Property(tries = 300)
    void tilesAlignedWithMaskPixelsShareOutTheTissueExactly(
            @ForAll("rasters") Raster raster,
            @ForAll @IntRange(min = 1, max = 8) int level0PerMaskPixel,
            @ForAll @IntRange(min = 1, max = 6) int maskPixelsPerTile) {
        double slideMpp = 0.5;
        TissueMask mask = new TissueMask(
                raster.width(),
                raster.height(),
                slideMpp * level0PerMaskPixel,
                slideMpp,
                raster.pixels().clone());
        // tiles of maskPixelsPerTile mask pixels: tileSizePx px at the mask's own µm/px
        TileGrid grid = TileGrid.covering(
                (long) raster.width() * level0PerMaskPixel,
                (long) raster.height() * level0PerMaskPixel,
                slideMpp,
                maskPixelsPerTile,
                mask.mpp(),
                EdgeTiles.COVER_SLIDE);
        double tissue = 0;
        for (Tile tile : grid.tiles()) {
            double fraction = mask.tissueFraction(tile);
            assertThat(fraction).isBetween(0.0, 1.0);
            tissue += fraction * maskPixelsPerTile * maskPixelsPerTile;
        }
        assertThat(tissue).isCloseTo(mask.tissuePixels(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(mask.tilesWithTissue(grid, 0.0)).hasSize((int) grid.tileCount());
        assertThat(mask.tissueAreaMm2()).isEqualTo(mask.tissuePixels() * mask.mpp() * mask.mpp() / 1e6);
    }
}
