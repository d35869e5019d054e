package org.precis.slide.deepzoom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.slide.RgbImage;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

/** Compressed tiles: cached within a byte bound, the same under concurrency, ETags that say what changed. */
class EncodedTilesTest {

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
    void manyThreadsOnOneSlideGetTheTilesOneThreadRenders() throws Exception {
        try (Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region_pyramid_jpeg.tif"))) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            EncodedTiles serial = new EncodedTiles(TileEncoder.of(slides.codecs()), 0);
            EncodedTiles shared = new EncodedTiles(TileEncoder.of(slides.codecs()), 64L << 20);
            List<TileAddress> addresses = new ArrayList<>();
            for (int level = 9; level <= 12; level++) {
                DeepZoomLevel zoom = pyramid.level(level);
                for (long col = 0; col < zoom.columns(); col += 2) {
                    for (long row = 0; row < zoom.rows(); row += 3) {
                        addresses.add(new TileAddress(level, col, row));
                    }
                }
            }
            List<EncodedTile> expected = new ArrayList<>();
            for (TileAddress address : addresses) {
                expected.add(serial.get(pyramid, address.level(), address.column(), address.row()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<EncodedTile>> results = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (TileAddress address : addresses) {
                        results.add(pool.submit(
                                () -> shared.get(pyramid, address.level(), address.column(), address.row())));
                    }
                }
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(expected.get(i % addresses.size()));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(shared.cachedBytes()).isPositive().isLessThanOrEqualTo(shared.maxBytes());
            assertThat(serial.cachedBytes()).isZero();
        }
    }

    @Test
    void theCacheStaysWithinItsBound() throws Exception {
        try (Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            EncodedTiles tiles = new EncodedTiles(TileEncoder.of(slides.codecs()), 64 << 10);
            long served = 0;
            DeepZoomLevel level = pyramid.level(12);
            for (long col = 0; col < level.columns(); col++) {
                for (long row = 0; row < level.rows(); row++) {
                    served += tiles.get(pyramid, 12, col, row).bytes().length;
                    assertThat(tiles.cachedBytes()).isLessThanOrEqualTo(64 << 10);
                }
            }
            assertThat(served).isGreaterThan(4L * (64 << 10));
            tiles.evict(pyramid.identity());
            assertThat(tiles.cachedBytes()).isZero();
        }
    }

    @Test
    void etagsChangeWithTheFileTheSettingsAndTheTileButNotWithTheProcess() throws Exception {
        Path copy = folder.resolve("copy.svs");
        Files.copy(SampleData.slide("CMU-1-Small-Region.svs"), copy);
        try (Slide slide = slides.open(copy)) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            DeepZoomPyramid again = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            DeepZoomPyramid png = DeepZoomPyramid.of(
                    slide, DeepZoomSettings.openSlideDefaults().withFormat(TileFormat.PNG));
            String etag = pyramid.etag(12, 1, 2);
            assertThat(etag).matches("\"[0-9a-f]{32}\"");
            assertThat(again.etag(12, 1, 2)).isEqualTo(etag);
            assertThat(png.etag(12, 1, 2)).isNotEqualTo(etag);
            Set<String> distinct = new HashSet<>();
            for (long col = 0; col < 9; col++) {
                distinct.add(pyramid.etag(12, col, 2));
                distinct.add(pyramid.etag(11, col % 5, 2));
            }
            assertThat(distinct).hasSize(14);
            EncodedTile served = new EncodedTiles(TileEncoder.of(slides.codecs()), 1 << 20).get(pyramid, 12, 1, 2);
            assertThat(served.etag()).isEqualTo(etag);
            assertThat(served.format().mediaType()).isEqualTo("image/jpeg");

            Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
            DeepZoomPyramid touched = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            assertThat(touched.identity()).isNotEqualTo(pyramid.identity());
            assertThat(touched.etag(12, 1, 2)).isNotEqualTo(etag);
        }
    }

    @Test
    void pngTilesAreTheTilesLosslessly() throws Exception {
        try (Slide slide = slides.open(SampleData.slide("CMU-1-Small-Region.svs"))) {
            DeepZoomSettings settings = DeepZoomSettings.openSlideDefaults().withFormat(TileFormat.PNG);
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, settings);
            EncodedTile tile = new EncodedTiles(TileEncoder.of(slides.codecs()), 0).get(pyramid, 11, 2, 3);
            assertThat(tile.format().mediaType()).isEqualTo("image/png");
            assertThat(pyramid.dzi().xml()).contains("Format=\"png\"");
            RgbImage decoded = RgbImage.of(ImageIO.read(new java.io.ByteArrayInputStream(tile.bytes())));
            assertThat(decoded).isEqualTo(pyramid.tile(11, 2, 3));
        }
    }
}
