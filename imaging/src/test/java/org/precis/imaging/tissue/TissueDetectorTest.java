package org.precis.imaging.tissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGrid;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class TissueDetectorTest {

    private final TissueDetector detector = new TissueDetector(TissueDetection.defaults());

    /** White with pink discs (centre x, centre y, radius in pixels) and optional white holes. */
    private static RgbImage discs(int width, int height, int[][] pink, int[][] white) {
        byte[] rgb = RgbImage.filled(width, height, 255, 255, 255).rgb();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean tissue = false;
                for (int[] d : pink) {
                    tissue |= (x - d[0]) * (x - d[0]) + (y - d[1]) * (y - d[1]) <= d[2] * d[2];
                }
                for (int[] d : white) {
                    tissue &= (x - d[0]) * (x - d[0]) + (y - d[1]) * (y - d[1]) > d[2] * d[2];
                }
                if (tissue) {
                    int i = 3 * (y * width + x);
                    rgb[i] = (byte) 200;
                    rgb[i + 1] = (byte) 90;
                    rgb[i + 2] = (byte) 160;
                }
            }
        }
        return new RgbImage(width, height, rgb);
    }

    @Test
    void anAllWhiteImageHasNoTissue() {
        TissueMask mask = detector.detect(RgbImage.filled(120, 90, 255, 255, 255), 8.0, 0.5);
        assertThat(mask.tissuePixels()).isZero();
        assertThat(mask.tissueAreaMm2()).isZero();
        TissueMask offWhite = detector.detect(RgbImage.filled(120, 90, 250, 246, 252), 8.0, 0.5);
        assertThat(offWhite.tissuePixels()).isZero();
    }

    @Test
    void findsADiscOfTissueWithItsAreaAndFillsItsHole() {
        // a disc of radius 40 px at 8 µm/px (320 µm) with a hole of 10 px, and a speck of 2 px
        RgbImage image = discs(200, 150, new int[][] {{80, 75, 40}, {170, 20, 2}}, new int[][] {{80, 75, 10}});
        TissueMask mask = detector.detect(image, 8.0, 0.5);
        assertThat(mask.isTissue(80, 75)).as("hole filled").isTrue();
        assertThat(mask.isTissue(170, 20)).as("speck dropped").isFalse();
        assertThat(mask.isTissue(5, 5)).isFalse();
        double discPixels = Math.PI * 40 * 40;
        // the disc's rasterised outline differs from the circle by at most its perimeter in pixels
        assertThat((double) mask.tissuePixels()).isCloseTo(discPixels, within(2 * Math.PI * 40));
        assertThat(mask.tissueAreaMm2()).isCloseTo(mask.tissuePixels() * 64 / 1e6, within(1e-15));
        assertThat(mask.mpp()).isEqualTo(8.0);
    }

    @Test
    void keepsTilesByTheirTissueFraction() {
        RgbImage image = discs(200, 150, new int[][] {{80, 75, 40}}, new int[][] {});
        TissueMask mask = detector.detect(image, 8.0, 0.5);
        // level 0 is 16 times finer: 3200 x 2400 pixels; tiles of 128 px at 2 µm/px are 512 level-0 px (32 mask px)
        TileGrid grid = TileGrid.covering(3200, 2400, 0.5, 128, 2.0, EdgeTiles.COVER_SLIDE);
        Tile centre = grid.tile(2, 2);
        assertThat(centre.x()).isEqualTo(1024);
        assertThat(mask.tissueFraction(centre)).isEqualTo(1.0);
        assertThat(mask.tissueFraction(grid.tile(6, 0))).isZero();
        List<Tile> kept = mask.tilesWithTissue(grid, 0.5);
        assertThat(kept).contains(centre).doesNotContain(grid.tile(6, 0));
        for (Tile tile : kept) {
            assertThat(mask.tissueFraction(tile)).isGreaterThanOrEqualTo(0.5);
        }
        assertThat(mask.tilesWithTissue(grid, 0.0)).hasSize((int) grid.tileCount());
        assertThatThrownBy(() -> mask.tilesWithTissue(grid, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        mask.tilesWithTissue(TileGrid.covering(3200, 2400, 0.25, 128, 2.0, EdgeTiles.COVER_SLIDE), 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTissueOnTheAperioSample() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/CMU-1-Small-Region.svs"))) {
            TissueMask mask = detector.detect(slide);
            // 2220 x 2967 px of 0.499 µm: 1.108 x 1.481 mm, read at 8 µm/px
            assertThat(mask.width()).isEqualTo(139);
            assertThat(mask.height()).isEqualTo(186);
            assertThat(mask.tissueFraction()).isBetween(0.2, 0.7);
            double slideAreaMm2 = 2220 * 0.499e-3 * 2967 * 0.499e-3;
            assertThat(mask.tissueAreaMm2()).isBetween(0.2 * slideAreaMm2, 0.7 * slideAreaMm2);
            TileGrid grid = TileGrid.over(slide, 224, 0.5, EdgeTiles.WHOLE_ONLY);
            List<Tile> kept = mask.tilesWithTissue(grid, 0.5);
            assertThat(kept).isNotEmpty();
            assertThat((long) kept.size()).isLessThan(grid.tileCount());
        }
    }

    @Test
    void findsTissueOnTheTcgaSampleGivenItsPixelSize() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/tcga-cr-7395-01a-01-ts1.svs"))) {
            assertThatThrownBy(() -> detector.detect(slide))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not state its pixel size");
            TissueMask mask = detector.detect(slide, 0.25);
            assertThat(mask.tissueFraction()).isBetween(0.5, 0.95);
        }
    }
}
