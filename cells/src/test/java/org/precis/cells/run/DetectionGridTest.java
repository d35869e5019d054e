package org.precis.cells.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class DetectionGridTest {

    /** Every pixel lies in exactly one core, and each tile holds its core grown by half the overlap, within the region. */
    @Property(tries = 200)
    void coresPartitionTheRegionAndTilesHoldTheirCoresWithTheOverlap(
            @ForAll @IntRange(min = 1, max = 700) int width,
            @ForAll @IntRange(min = 1, max = 700) int height,
            @ForAll @IntRange(min = 1, max = 300) int tileSize,
            @ForAll @IntRange(min = 0, max = 60) int halfOverlap) {
        DetectionGrid grid = new DetectionGrid(width, height, tileSize, 2 * halfOverlap);
        List<DetectionTile> tiles = grid.tiles();
        int[] cover = new int[width * height];
        for (DetectionTile tile : tiles) {
            assertThat(tile.x()).isEqualTo(Math.max(0, tile.coreX0() - halfOverlap));
            assertThat(tile.y()).isEqualTo(Math.max(0, tile.coreY0() - halfOverlap));
            assertThat(tile.x() + tile.width()).isEqualTo(Math.min(width, tile.coreX1() + halfOverlap));
            assertThat(tile.y() + tile.height()).isEqualTo(Math.min(height, tile.coreY1() + halfOverlap));
            for (int y = tile.coreY0(); y < tile.coreY1(); y++) {
                for (int x = tile.coreX0(); x < tile.coreX1(); x++) {
                    cover[y * width + x]++;
                }
            }
        }
        for (int count : cover) {
            assertThat(count).isEqualTo(1);
        }
        assertThat(tiles).hasSize(grid.tileCount());
        assertThat(tiles.get(tiles.size() - 1).index()).isEqualTo(tiles.size() - 1);
    }

    @Property(tries = 200)
    void aContinuousCentroidIsInExactlyOneCore(
            @ForAll @IntRange(min = 1, max = 2000) int width,
            @ForAll @IntRange(min = 1, max = 300) int tileSize,
            @ForAll @IntRange(min = 0, max = 1999_999) int thousandths) {
        double x = Math.min(width - 1e-9, thousandths / 1000.0);
        DetectionGrid grid = new DetectionGrid(width, 1, tileSize, 0);
        long holders = grid.tiles().stream().filter(t -> t.coreContains(x, 0.5)).count();
        assertThat(holders).isEqualTo(x < width ? 1 : 0);
    }
}
