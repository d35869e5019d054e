package org.precis.imaging.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class TileGridTest {

    @Test
    void tilesAnAperioSlideAtHalfAMicrometrePerPixel() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/CMU-1-Small-Region.svs"))) {
            double slideMpp = slide.pixelSize().orElseThrow().mpp();
            TileGrid grid = TileGrid.over(slide, 224, 1.0, EdgeTiles.WHOLE_ONLY);
            assertThat(grid.slideMpp()).isEqualTo(slideMpp);
            assertThat(grid.tileSizeLevel0()).isEqualTo(224 * 1.0 / slideMpp);
            // 2220 x 2967 level-0 pixels of 0.499 µm: 1107.8 x 1480.5 µm, so 4 x 6 tiles of 224 µm
            assertThat(grid.columns()).isEqualTo(4);
            assertThat(grid.rows()).isEqualTo(6);
            Tile tile = grid.tile(3, 5);
            RgbImage pixels = slide.readRegion(grid.regionRequest(tile));
            assertThat(pixels.width()).isEqualTo(224);
            assertThat(pixels.height()).isEqualTo(224);
        }
    }

    @Test
    void aSlideWithoutAPixelSizeNeedsAnExplicitOne() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/tcga-cr-7395-01a-01-ts1.svs"))) {
            assertThat(slide.pixelSize()).isEmpty();
            assertThatThrownBy(() -> TileGrid.over(slide, 256, 0.5, EdgeTiles.WHOLE_ONLY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not state its pixel size");
            TileGrid grid = TileGrid.over(slide, 0.25, 256, 0.5, EdgeTiles.COVER_SLIDE);
            // 4443 x 3567 level-0 pixels, tiles of 512 of them: 8.7 x 7.0 tiles
            assertThat(grid.columns()).isEqualTo(9);
            assertThat(grid.rows()).isEqualTo(7);
            RgbImage pixels = slide.readRegion(grid.regionRequest(grid.tile(8, 6)));
            assertThat(pixels.width()).isEqualTo(256);
        }
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> TileGrid.covering(1000, 1000, 0.25, 0, 0.5, EdgeTiles.WHOLE_ONLY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TileGrid.covering(1000, 1000, 0.25, 224, Double.NaN, EdgeTiles.WHOLE_ONLY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TileGrid.covering(1000, 1000, 4.0, 2, 1.0, EdgeTiles.WHOLE_ONLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smaller than one slide pixel");
        assertThatThrownBy(() -> new TileGrid(224, 0.5, 0.25, 400, 0, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tileSizePx * targetMpp");
        TileGrid grid = TileGrid.covering(1000, 1000, 0.25, 224, 0.5, EdgeTiles.WHOLE_ONLY);
        assertThatThrownBy(() -> grid.tile(grid.columns(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSlideSmallerThanATileHasNoWholeTileButOneCoveringTile() {
        assertThat(TileGrid.covering(100, 100, 0.5, 256, 0.5, EdgeTiles.WHOLE_ONLY)
                        .tileCount())
                .isZero();
        TileGrid covering = TileGrid.covering(100, 100, 0.5, 256, 0.5, EdgeTiles.COVER_SLIDE);
        assertThat(covering.tileCount()).isEqualTo(1);
        assertThat(covering.tile(0, 0)).isEqualTo(new Tile(0, 0, 0, 0, 256, 256));
    }
}
