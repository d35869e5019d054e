package org.precis.cells.ihc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.cells.output.PixelRegion;

/** The index map against counting each square's nuclei one square at a time. */
class Ki67IndexMapTest {

    private static final PixelRegion REGION = new PixelRegion(1000, 500, 2345, 1789);
    private static final double MPP = 0.5;

    @Test
    void eachSquareHoldsTheNucleiWhoseCentroidLiesInsideIt() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 5000;
        double[] x = new double[n];
        double[] y = new double[n];
        IntensityBin[] bins = new IntensityBin[n];
        for (int i = 0; i < n; i++) {
            x[i] = REGION.x() + random.nextDouble() * REGION.width();
            y[i] = REGION.y() + random.nextDouble() * REGION.height();
            bins[i] = IntensityBin.values()[random.nextInt(4)];
        }
        Ki67IndexMap map = Ki67IndexMap.of(new Ki67Nuclei(x, y, bins), REGION, MPP, 100);

        assertThat(map.columns()).isEqualTo((int) Math.ceil(2345 / 200.0));
        assertThat(map.rows()).isEqualTo((int) Math.ceil(1789 / 200.0));
        long covered = 0;
        int total = 0;
        for (int row = 0; row < map.rows(); row++) {
            for (int column = 0; column < map.columns(); column++) {
                Ki67IndexMap.Square square = map.square(column, row);
                covered += square.width() * square.height();
                int inside = 0;
                int positive = 0;
                for (int i = 0; i < n; i++) {
                    if (x[i] >= square.x()
                            && x[i] < square.x() + square.width()
                            && y[i] >= square.y()
                            && y[i] < square.y() + square.height()) {
                        inside++;
                        positive += bins[i].positive() ? 1 : 0;
                    }
                }
                assertThat(square.nuclei()).as("square %d,%d", column, row).isEqualTo(inside);
                assertThat(square.positive()).isEqualTo(positive);
                total += inside;
            }
        }
        assertThat(total).isEqualTo(n);
        assertThat(covered).as("the squares tile the region").isEqualTo(REGION.width() * REGION.height());
        assertThat(map.squaresWithAtLeast(1)).hasSize(map.columns() * map.rows());
        assertThat(map.square(0, 0).positiveFraction())
                .isEqualTo(
                        (double) map.square(0, 0).positive() / map.square(0, 0).nuclei());
    }

    @Test
    void aNucleusOutsideTheRegionOrAbsurdSquaresAreRefused() {
        Ki67Nuclei outside =
                new Ki67Nuclei(new double[] {10}, new double[] {600}, new IntensityBin[] {IntensityBin.WEAK});
        assertThatThrownBy(() -> Ki67IndexMap.of(outside, REGION, MPP, 100)).hasMessageContaining("outside the region");
        Ki67Nuclei none = new Ki67Nuclei(new double[0], new double[0], new IntensityBin[0]);
        assertThatThrownBy(() -> Ki67IndexMap.of(none, REGION, MPP, 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> Ki67IndexMap.of(none, new PixelRegion(0, 0, 100_000, 100_000), 0.25, 0.01))
                .hasMessageContaining("choose larger squares");
        assertThat(Ki67IndexMap.of(none, REGION, MPP, 100).squaresWithAtLeast(0))
                .isEmpty();
    }
}
