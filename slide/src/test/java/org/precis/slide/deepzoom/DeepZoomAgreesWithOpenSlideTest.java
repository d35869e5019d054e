package org.precis.slide.deepzoom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.precis.slide.ImageComparison;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideLevel;
import org.precis.slide.Slides;

/**
 * Deep Zoom pyramids against OpenSlide's DeepZoomGenerator (python3-openslide 1.2, OpenSlide
 * 3.4.1, Pillow 9.4) on every sample both read: the same {@code .dzi}, level sizes, tile grids,
 * regions read and tile sizes for every tile, and the same pixels for the reference tiles.
 * Precis decodes these files' JPEG and JPEG 2000 tiles to the same pixels as OpenSlide, reads a
 * level from between its pixels as OpenSlide's Cairo painting does and shrinks with Pillow's
 * Lanczos arithmetic, so the tiles are measured equal (0 difference); the bounds below allow one
 * level of rounding where floating point (Math.sin against glibc's) could round a weight the
 * other way. The SubIFD pyramid is the exception: OpenSlide 3.4.1 sees one level there, Precis
 * reads its reduced levels, so tiles below level 11 are made from other pixels.
 */
class DeepZoomAgreesWithOpenSlideTest {

    /** The sample whose pyramid OpenSlide 3.4.1 does not see (its levels are SubIFDs). */
    private static final String SUBIFD = "CMU-1-Small-Region_pyramid_jpeg_subifd.tif";

    private static Slides slides;
    private static DeepZoomReference reference;

    @BeforeAll
    static void open() throws IOException {
        slides = Slides.withDefaults();
        reference = DeepZoomReference.load();
    }

    @AfterAll
    static void close() {
        slides.close();
    }

    static Stream<DeepZoomReference.Sample> samples() throws IOException {
        return DeepZoomReference.load().slides().stream();
    }

    static Stream<DeepZoomReference.Sample> samplesReadLikeOpenSlide() throws IOException {
        return samples().filter(s -> !s.fileName().equals(SUBIFD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void dziIsOpenSlidesCharacterForCharacter(DeepZoomReference.Sample sample) throws Exception {
        try (Slide slide = slides.open(sample.file())) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            assertThat(pyramid.dzi().xml()).isEqualTo(sample.dzi());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void levelSizesAndTileGridsAreOpenSlides(DeepZoomReference.Sample sample) throws Exception {
        try (Slide slide = slides.open(sample.file())) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            JsonNode levels = sample.levels();
            assertThat(pyramid.levelCount())
                    .isEqualTo(sample.entry().get("level_count").asInt());
            assertThat(pyramid.tileCount())
                    .isEqualTo(sample.entry().get("tile_count").asLong());
            for (int z = 0; z < levels.size(); z++) {
                JsonNode expected = levels.get(z);
                DeepZoomLevel level = pyramid.level(z);
                assertThat(List.of(level.width(), level.height(), level.columns(), level.rows()))
                        .as("level %d size and grid", z)
                        .containsExactly(
                                expected.get("width").asLong(),
                                expected.get("height").asLong(),
                                expected.get("columns").asLong(),
                                expected.get("rows").asLong());
            }
        }
    }

    /**
     * The region read for every column and row of every level, where Precis reads the same
     * pyramid level as OpenSlide (everywhere but the SubIFD pyramid's lower levels).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void regionsReadAreOpenSlidesWhereTheyReadTheSameLevel(DeepZoomReference.Sample sample) throws Exception {
        try (Slide slide = slides.open(sample.file())) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            int compared = 0;
            for (int z = 0; z < pyramid.levelCount(); z++) {
                JsonNode expected = sample.levels().get(z);
                if (pyramid.slideLevelOf(z) != expected.get("slide_level").asInt()) {
                    assertThat(sample.fileName())
                            .as("level %d reads another pyramid level", z)
                            .isEqualTo(SUBIFD);
                    continue;
                }
                JsonNode columns = expected.get("tile_columns");
                for (int col = 0; col < columns.size(); col++) {
                    TileRead read = pyramid.read(new TileAddress(z, col, 0));
                    JsonNode column = columns.get(col);
                    assertThat(List.of(read.x(), (long) read.readWidth(), (long) read.width()))
                            .as("level %d column %d: level-0 x, width read, tile width", z, col)
                            .containsExactly(
                                    column.get("x").asLong(),
                                    column.get("read_width").asLong(),
                                    column.get("width").asLong());
                }
                JsonNode rows = expected.get("tile_rows");
                for (int row = 0; row < rows.size(); row++) {
                    TileRead read = pyramid.read(new TileAddress(z, 0, row));
                    JsonNode entry = rows.get(row);
                    assertThat(List.of(read.y(), (long) read.readHeight(), (long) read.height()))
                            .as("level %d row %d: level-0 y, height read, tile height", z, row)
                            .containsExactly(
                                    entry.get("y").asLong(),
                                    entry.get("read_height").asLong(),
                                    entry.get("height").asLong());
                }
                compared++;
            }
            assertThat(compared).isGreaterThanOrEqualTo(sample.fileName().equals(SUBIFD) ? 2 : pyramid.levelCount());
        }
    }

    /**
     * Every tile's size after PIL's aspect-keeping thumbnail, including those a pixel narrower
     * than their place in the grid, from the regions Precis reads.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesReadLikeOpenSlide")
    void everyTileHasOpenSlidesSize(DeepZoomReference.Sample sample) throws Exception {
        Map<TileAddress, List<Integer>> differing = new HashMap<>();
        for (JsonNode odd : sample.thumbnailSizesDiffering()) {
            differing.put(
                    new TileAddress(
                            odd.get("level").asInt(),
                            odd.get("col").asLong(),
                            odd.get("row").asLong()),
                    List.of(odd.get("width").asInt(), odd.get("height").asInt()));
        }
        try (Slide slide = slides.open(sample.file())) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            int narrower = 0;
            for (DeepZoomLevel level : pyramid.levels()) {
                for (long col = 0; col < level.columns(); col++) {
                    for (long row = 0; row < level.rows(); row++) {
                        TileAddress address = new TileAddress(level.index(), col, row);
                        TileRead read = pyramid.read(address);
                        ThumbnailSize size =
                                ThumbnailSize.of(read.readWidth(), read.readHeight(), read.width(), read.height());
                        List<Integer> expected = differing.getOrDefault(address, List.of(read.width(), read.height()));
                        if (differing.containsKey(address)) {
                            narrower++;
                        }
                        assertThat(List.of(size.width(), size.height()))
                                .as("%s", address)
                                .isEqualTo(expected);
                    }
                }
            }
            assertThat(narrower).isEqualTo(differing.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesReadLikeOpenSlide")
    void tilesArePixelForPixelOpenSlides(DeepZoomReference.Sample sample) throws Exception {
        try (Slide slide = slides.open(sample.file())) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            for (JsonNode tile : sample.tiles()) {
                TileAddress address = address(tile);
                RgbImage expected = DeepZoomReference.png(tile.get("png").asText());
                RgbImage actual = pyramid.tile(address);
                assertThat(List.of(actual.width(), actual.height()))
                        .as("%s size", address)
                        .containsExactly(expected.width(), expected.height());
                ImageComparison difference = ImageComparison.of(expected, actual);
                TileRead read = pyramid.read(address);
                boolean asStored = read.readWidth() == actual.width()
                        && read.readHeight() == actual.height()
                        && pyramid.slideLevelOf(address.level()) == 0;
                System.out.printf(
                        "deepzoom %s %s (%s): max %d, mean %.4f%n",
                        sample,
                        address,
                        asStored ? "as stored" : "resampled from level " + read.slideLevel(),
                        difference.maxAbsoluteDifference(),
                        difference.meanAbsoluteDifference());
                assertThat(difference.maxAbsoluteDifference())
                        .as("%s largest difference", address)
                        .isLessThanOrEqualTo(asStored ? 0 : 1);
                assertThat(difference.meanAbsoluteDifference())
                        .as("%s mean difference", address)
                        .isLessThanOrEqualTo(asStored ? 0 : 0.01);
            }
        }
    }

    /**
     * Where Precis reads the SubIFD pyramid that OpenSlide 3.4.1 does not see, a tile is shrunk
     * from a reduced level instead of from level 0: the same picture, other pixels. Measured:
     * mean differences 0.50 to 5.78 (largest 96, at edges in the tissue), and one tile a pixel
     * narrower (PIL keeps the aspect of a region read at another size).
     */
    @Test
    void subIfdTilesAreOpenSlidesWhereBothReadLevelZero() throws Exception {
        DeepZoomReference.Sample sample = reference.slide(SUBIFD);
        try (Slide slide = slides.open(sample.file())) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
            assertThat(slide.levels()).hasSizeGreaterThan(1);
            for (JsonNode tile : sample.tiles()) {
                TileAddress address = address(tile);
                RgbImage expected = DeepZoomReference.png(tile.get("png").asText());
                RgbImage actual = pyramid.tile(address);
                if (pyramid.slideLevelOf(address.level()) == 0) {
                    assertThat(actual)
                            .as("%s read from level 0 by both", address)
                            .isEqualTo(expected);
                    continue;
                }
                assertThat(Math.abs(actual.width() - expected.width()) + Math.abs(actual.height() - expected.height()))
                        .as(
                                "%s size %dx%d against %dx%d",
                                address, actual.width(), actual.height(), expected.width(), expected.height())
                        .isLessThanOrEqualTo(1);
                ImageComparison difference = ImageComparison.of(crop(expected, actual), crop(actual, expected));
                System.out.printf(
                        "deepzoom %s %s (level %d against OpenSlide's 0): max %d, mean %.4f%n",
                        sample,
                        address,
                        pyramid.slideLevelOf(address.level()),
                        difference.maxAbsoluteDifference(),
                        difference.meanAbsoluteDifference());
                assertThat(difference.meanAbsoluteDifference())
                        .as("%s mean difference", address)
                        .isLessThanOrEqualTo(6.0);
            }
        }
    }

    /**
     * Regions read from between a level's pixels across its tile seams and past its right and
     * bottom edges, laid on white: OpenSlide's Cairo painting, reproduced.
     */
    @Test
    void regionsBetweenLevelPixelsArePaintedAsOpenSlidePaintsThem() throws Exception {
        assertThat(reference.regions()).isNotEmpty();
        for (JsonNode region : reference.regions()) {
            DeepZoomReference.Sample sample =
                    reference.slide(fileName(region.get("sample").asText()));
            try (Slide slide = slides.open(sample.file())) {
                DeepZoomPyramid pyramid = DeepZoomPyramid.of(slide, DeepZoomSettings.openSlideDefaults());
                int width = region.get("width").asInt();
                int height = region.get("height").asInt();
                TileRead read = new TileRead(
                        region.get("level").asInt(),
                        region.get("x").asLong(),
                        region.get("y").asLong(),
                        width,
                        height,
                        width,
                        height);
                SlideLevel level = slide.levels().get(read.slideLevel());
                boolean pastRight = read.x() / level.downsample() + width > level.width() - 1;
                boolean pastBottom = read.y() / level.downsample() + height > level.height() - 1;
                assertThat(pastRight || pastBottom)
                        .as("%s passes the level's edge", region)
                        .isTrue();
                RgbImage expected = DeepZoomReference.png(region.get("png").asText());
                ImageComparison difference = ImageComparison.of(expected, pyramid.region(read));
                System.out.printf(
                        "deepzoom region %s: max %d, mean %.4f%n",
                        region.get("png").asText(),
                        difference.maxAbsoluteDifference(),
                        difference.meanAbsoluteDifference());
                assertThat(difference.maxAbsoluteDifference()).as("%s", region).isLessThanOrEqualTo(1);
                assertThat(difference.meanAbsoluteDifference()).as("%s", region).isLessThanOrEqualTo(0.01);
            }
        }
    }

    static TileAddress address(JsonNode tile) {
        return new TileAddress(
                tile.get("level").asInt(),
                tile.get("col").asLong(),
                tile.get("row").asLong());
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The part of {@code image} that {@code other} also covers (top left). */
    private static RgbImage crop(RgbImage image, RgbImage other) {
        int width = Math.min(image.width(), other.width());
        int height = Math.min(image.height(), other.height());
        byte[] out = new byte[3 * width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(image.rgb(), 3 * y * image.width(), out, 3 * y * width, 3 * width);
        }
        return new RgbImage(width, height, out);
    }
}
