package org.precis.imaging.tissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.imaging.SampleData;
import org.precis.imaging.grid.EdgeTiles;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.grid.TileGridSpec;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

class TissueTilesTest {

    @Test
    void keepsTheTilesOfTheGridWithEnoughTissue() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/CMU-1-Small-Region.svs"))) {
            TileGridSpec spec = TileGridSpec.of(224, 0.5);
            TissueTileSelection selection = TissueTiles.withDefaults().select(slide, spec, 0.5);
            // 2220 x 2967 px of 0.499 µm: tiles of 224.4 level-0 px, 9 x 13 whole ones
            assertThat(selection.grid().columns()).isEqualTo(9);
            assertThat(selection.grid().rows()).isEqualTo(13);
            assertThat(selection.tiles()).isNotEmpty().hasSizeLessThan((int)
                    selection.grid().tileCount());
            List<Tile> expected = selection.mask().tilesWithTissue(selection.grid(), 0.5);
            assertThat(selection.tiles()).extracting(TissueTile::tile).isEqualTo(expected);
            for (TissueTile kept : selection.tiles()) {
                assertThat(kept.tissueFraction())
                        .isBetween(0.5, 1.0)
                        .isEqualTo(selection.mask().tissueFraction(kept.tile()));
            }
            TissueTileSelection all = TissueTiles.withDefaults().select(slide, spec, 0.0);
            assertThat(all.tiles()).hasSize((int) all.grid().tileCount());
        }
    }

    @Test
    void overlapGivesMoreTilesAndASlideWithoutAPixelSizeNeedsOne() throws Exception {
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(SampleData.sample("wsi/tcga-cr-7395-01a-01-ts1.svs"))) {
            TissueTiles tiles = TissueTiles.withDefaults();
            assertThatThrownBy(() -> tiles.select(slide, TileGridSpec.of(256, 0.5), 0.5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not state its pixel size");
            TissueTileSelection plain = tiles.select(slide, 0.25, TileGridSpec.of(256, 0.5), 0.5);
            TissueTileSelection overlapping =
                    tiles.select(slide, 0.25, new TileGridSpec(256, 0.5, 64, EdgeTiles.WHOLE_ONLY), 0.5);
            assertThat(overlapping.grid().strideLevel0()).isEqualTo(384.0);
            assertThat(overlapping.tiles().size()).isGreaterThan(plain.tiles().size());
            assertThatThrownBy(() -> tiles.select(slide, 0.25, TileGridSpec.of(256, 0.5), 1.5))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
