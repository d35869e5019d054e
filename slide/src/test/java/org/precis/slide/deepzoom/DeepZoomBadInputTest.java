package org.precis.slide.deepzoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;
import org.precis.testing.CorruptSlides;

/** Tiles that do not exist, settings that make no sense, and a slide with a damaged tile. */
class DeepZoomBadInputTest {

    private static Slides slides;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() {
        slides = Slides.withDefaults();
    }

    @AfterAll
    static void close() {
        slides.close();
    }

    @Test
    void tilesOutsideThePyramidAreRefusedNamingSlideLevelAndTile() throws Exception {
        try (Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            assertThat(pyramid.levelCount()).isEqualTo(13);
            assertThatThrownBy(() -> pyramid.tile(13, 0, 0))
                    .isInstanceOf(TileOutOfRangeException.class)
                    .hasMessage(
                            "CMU-1-Small-Region.svs: Deep Zoom level 13 tile (0, 0) does not exist: levels are 0 to 12");
            assertThatThrownBy(() -> pyramid.tile(-1, 0, 0))
                    .isInstanceOf(TileOutOfRangeException.class)
                    .hasMessageContaining("level -1");
            assertThatThrownBy(() -> pyramid.tile(12, 9, 0))
                    .isInstanceOf(TileOutOfRangeException.class)
                    .hasMessage("CMU-1-Small-Region.svs: Deep Zoom level 12 tile (9, 0) does not exist: "
                            + "the level has 9 x 12 tiles (columns and rows from 0)");
            assertThatThrownBy(() -> pyramid.tile(12, 0, 12)).isInstanceOf(TileOutOfRangeException.class);
            assertThatThrownBy(() -> pyramid.tile(12, -1, 0)).isInstanceOf(TileOutOfRangeException.class);
            assertThatThrownBy(() -> pyramid.tile(12, 0, Long.MIN_VALUE)).isInstanceOf(TileOutOfRangeException.class);
            assertThatThrownBy(() -> pyramid.etag(0, 1, 0)).isInstanceOf(TileOutOfRangeException.class);
            assertThatThrownBy(() -> pyramid.level(13)).isInstanceOf(TileOutOfRangeException.class);
            TileOutOfRangeException refused = (TileOutOfRangeException) catchThrowable(() -> pyramid.tile(0, 0, 1));
            assertThat(refused.address()).isEqualTo(new TileAddress(0, 0, 1));
        }
    }

    @Test
    void settingsThatMakeNoSenseAreRefused() {
        assertThatThrownBy(() -> new DeepZoomSettings(0, 1, DeepZoomSettings.Bounds.WHOLE_SLIDE, TileFormat.JPEG, 75))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tile size");
        assertThatThrownBy(
                        () -> new DeepZoomSettings(254, -1, DeepZoomSettings.Bounds.WHOLE_SLIDE, TileFormat.JPEG, 75))
                .hasMessageContaining("overlap");
        assertThatThrownBy(
                        () -> new DeepZoomSettings(4000, 100, DeepZoomSettings.Bounds.WHOLE_SLIDE, TileFormat.JPEG, 75))
                .hasMessageContaining("larger than 4096");
        assertThatThrownBy(() -> DeepZoomSettings.openSlideDefaults().withQuality(0))
                .hasMessageContaining("quality");
        assertThatThrownBy(() -> DeepZoomSettings.openSlideDefaults().withQuality(101))
                .hasMessageContaining("quality");
        assertThatThrownBy(() -> new DeepZoomSettings(254, 1, null, TileFormat.JPEG, 75))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A tile whose region covers a cut JPEG tile fails with the slide's typed exception naming
     * the file and the damaged tile; every other tile, before and after and at the same time,
     * renders, and the failure is not cached.
     */
    @Test
    void aCorruptSlideTileFailsOnlyTheDeepZoomTilesMadeFromIt() throws Exception {
        Path corrupt = CorruptSlides.cmu1SmallRegionWithCutTile(folder, 3, 4);
        try (Slides own = Slides.withCache(0);
                Slide slide = own.open(corrupt);
                Slide intact = own.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            DeepZoomPyramid reference = DeepZoomPyramid.of(intact, DeepZoomSettings.openSlideDefaults());
            EncodedTiles tiles = new EncodedTiles(TileEncoder.of(own.codecs()), 1 << 20);
            // Level 12 tile (3, 4) covers level-0 pixels 761..1017 x 1015..1271, over slide tile (3, 4).
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> tiles.get(pyramid, 12, 3, 4))
                        .isInstanceOf(CorruptSlideException.class)
                        .hasMessageStartingWith(corrupt.toString())
                        .hasMessageContaining("level 0 tile (3, 4)");
            }
            assertThatThrownBy(() -> pyramid.tile(0, 0, 0))
                    .as("the 1x1 top level reads the whole slide")
                    .isInstanceOf(CorruptSlideException.class);
            assertThat(pyramid.tile(12, 0, 0)).isEqualTo(reference.tile(12, 0, 0));
            assertThat(pyramid.tile(12, 8, 11)).isEqualTo(reference.tile(12, 8, 11));

            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    long col = i % 3 + 2;
                    long row = i % 4 + 3;
                    results.add(pool.submit(() -> {
                        try {
                            return tiles.get(pyramid, 12, col, row).bytes().length > 0;
                        } catch (CorruptSlideException e) {
                            assertThat(e.file()).isEqualTo(corrupt);
                            return false;
                        }
                    }));
                }
                int failed = 0;
                for (Future<Boolean> result : results) {
                    if (!result.get(60, TimeUnit.SECONDS)) {
                        failed++;
                    }
                }
                // Columns 2..4 and rows 3..6 of level 12: those over slide tile (3, 4) fail, the rest render.
                assertThat(failed).isPositive().isLessThan(results.size());
            } finally {
                pool.shutdownNow();
            }
            assertThat(tiles.get(pyramid, 12, 5, 5).bytes()).isNotEmpty();
        }
    }

    @Test
    void aSlideFileThatIsGoneHasNoIdentity() {
        assertThatThrownBy(() -> SlideIdentity.of(folder.resolve("gone.svs")))
                .isInstanceOf(SlideException.class)
                .hasMessageContaining("gone.svs");
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }
}
