package org.precis.slide.tiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.slide.CorruptSlideException;
import org.precis.slide.RegionRequest;
import org.precis.slide.SampleData;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;
import org.precis.slide.SlideLimitException;
import org.precis.slide.Slides;
import org.precis.slide.TileLocation;
import org.precis.slide.UnsupportedSlideException;

/** Broken and hostile TIFF files: each a typed exception naming the file, never a crash. */
class BadTiffInputTest {

    private static final int TILE_WIDTH = 322;
    private static final int TILE_LENGTH = 323;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;

    @TempDir
    Path folder;

    private static Slides slides;

    @BeforeAll
    static void openSlides() {
        slides = Slides.withDefaults();
    }

    @AfterAll
    static void closeSlides() {
        slides.close();
    }

    /** Opens the file and reads every tile of every level; the first error comes out. */
    private static void readEverything(Path file) throws SlideException {
        try (Slide slide = slides.open(file)) {
            for (SlideLevel level : slide.levels()) {
                for (long y = 0; y < level.height(); y += level.tileHeight()) {
                    for (long x = 0; x < level.width(); x += level.tileWidth()) {
                        slide.readRegion(RegionRequest.atLevel(
                                level.index(),
                                (long) (x * level.downsample()),
                                (long) (y * level.downsample()),
                                level.tileWidth(),
                                level.tileHeight()));
                    }
                }
            }
            for (String name : slide.associatedImageNames()) {
                slide.associatedImage(name);
            }
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static TinyTiff tiledImage(long width, long height, int tile) {
        return new TinyTiff()
                .longs(256, width)
                .longs(257, height)
                .shorts(258, 8, 8, 8)
                .shorts(259, 1)
                .shorts(262, 2)
                .shorts(277, 3)
                .longs(TILE_WIDTH, tile)
                .longs(TILE_LENGTH, tile);
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 100, 4096, 200_000, 1_000_000, 1_900_000})
    void truncatedSlidesFailWithTheFileNamed(int length) throws IOException {
        byte[] whole = Files.readAllBytes(SampleData.slide("CMU-1-Small-Region.svs"));
        Path file = write("truncated.svs", Arrays.copyOf(whole, length));
        assertThatThrownBy(() -> readEverything(file))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void randomBytesAfterATiffHeaderAreCorrupt() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[64 + random.nextInt(4096)];
            random.nextBytes(bytes);
            bytes[0] = 'I';
            bytes[1] = 'I';
            bytes[2] = 42;
            bytes[3] = 0;
            Path file = write("random" + i + ".tif", bytes);
            assertThatThrownBy(() -> readEverything(file))
                    .isInstanceOf(SlideException.class)
                    .hasMessageStartingWith(file.toString());
        }
    }

    @Test
    void anIfdOffsetPastTheEndIsCorrupt() throws IOException {
        byte[] bytes = tiledImage(64, 64, 64)
                .longs(TILE_OFFSETS, 10)
                .longs(TILE_BYTE_COUNTS, 10)
                .bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, bytes.length + 1000);
        Path file = write("past-end.tif", bytes);
        assertThatThrownBy(() -> slides.open(file))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessageContaining("past the end of the file");
    }

    @Test
    void aTileOffsetPastTheEndNamesTheTile() throws IOException {
        Path file = write(
                "tile-past-end.tif",
                tiledImage(64, 64, 64)
                        .longs(TILE_OFFSETS, 1_000_000)
                        .longs(TILE_BYTE_COUNTS, 12288)
                        .bytes());
        assertThatThrownBy(() -> readEverything(file))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessageContaining("level 0 tile (0, 0)")
                .hasMessageContaining("past the end");
    }

    @Test
    void anIfdChainThatLoopsIsCorrupt() throws IOException {
        Path file = write(
                "loop.tif",
                tiledImage(64, 64, 64)
                        .longs(TILE_OFFSETS, 8)
                        .longs(TILE_BYTE_COUNTS, 8)
                        .nextIfd(8)
                        .bytes());
        assertThatThrownBy(() -> slides.open(file))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessageContaining("loops");
    }

    @Test
    void aTileSizeOfZeroIsCorrupt() throws IOException {
        Path file = write(
                "zero-tile.tif",
                tiledImage(64, 64, 0)
                        .longs(TILE_OFFSETS, 8)
                        .longs(TILE_BYTE_COUNTS, 8)
                        .bytes());
        assertThatThrownBy(() -> slides.open(file))
                .isInstanceOf(CorruptSlideException.class)
                .hasMessageContaining("tile size 0x0");
    }

    @Test
    void terapixelDimensionsAreRefusedBeforeAnyAllocation() throws IOException {
        Path file = write(
                "huge.tif",
                tiledImage(4_000_000_000L, 4_000_000_000L, 256)
                        .longs(TILE_OFFSETS, 8)
                        .longs(TILE_BYTE_COUNTS, 8)
                        .bytes());
        assertThatThrownBy(() -> slides.open(file))
                .isInstanceOf(SlideLimitException.class)
                .hasMessageContaining("exceeds the limit");
    }

    @Test
    void aGigapixelTileIsRefusedBeforeAnyAllocation() throws IOException {
        Path file = write(
                "huge-tile.tif",
                tiledImage(60_000, 60_000, 60_000)
                        .longs(TILE_OFFSETS, 8)
                        .longs(TILE_BYTE_COUNTS, 8)
                        .bytes());
        assertThatThrownBy(() -> slides.open(file))
                .isInstanceOf(SlideLimitException.class)
                .hasMessageContaining("tile of 60000x60000 pixels exceeds the limit");
    }

    @Test
    void aStripAsLargeAsTheImageIsRefusedWhenItIsTooLarge() throws IOException {
        Path file = write(
                "one-strip.tif",
                new TinyTiff()
                        .longs(256, 100_000)
                        .longs(257, 100_000)
                        .shorts(258, 8, 8, 8)
                        .shorts(259, 1)
                        .shorts(262, 2)
                        .shorts(277, 3)
                        .longs(278, 100_000)
                        .longs(273, 8)
                        .longs(279, 8)
                        .bytes());
        assertThatThrownBy(() -> slides.open(file))
                .isInstanceOf(SlideLimitException.class)
                .hasMessageContaining("strip of 100000x100000 pixels");
    }

    @Test
    void anUnsupportedCompressionIsNamed() throws IOException {
        Path file = write("zstd.tif", zstdImage());
        assertThatThrownBy(() -> slides.open(file, "generic-tiff"))
                .isInstanceOf(UnsupportedSlideException.class)
                .hasMessageContaining("Zstandard (50000)");
    }

    @Test
    void aFileTheOwnReaderRefusesGoesToOpenSlide() throws Exception {
        var probe = org.precis.slide.spi.SlideProbe.of(SampleData.slide("CMU-1-Small-Region.svs"));
        assertThat(slides.formats().stream().anyMatch(f -> f.name().equals("openslide") && f.score(probe) > 0))
                .as("libopenslide is not installed (Debian package libopenslide0)")
                .isTrue();
        Path file = write("zstd.tif", zstdImage());
        try (Slide slide = slides.open(file)) {
            assertThat(slide.backend()).isEqualTo("openslide");
        }
    }

    private static byte[] zstdImage() {
        return new TinyTiff()
                .longs(256, 64)
                .longs(257, 64)
                .shorts(258, 8, 8, 8)
                .shorts(259, 50000)
                .shorts(262, 2)
                .shorts(277, 3)
                .longs(TILE_WIDTH, 64)
                .longs(TILE_LENGTH, 64)
                .longs(TILE_OFFSETS, 8)
                .longs(TILE_BYTE_COUNTS, 8)
                .bytes();
    }

    @Test
    void aCorruptJpegTileNamesItsTileAndTheOthersStillRead() throws Exception {
        Path original = SampleData.slide("CMU-1-Small-Region_pyramid_jpeg.tif");
        byte[] bytes = Files.readAllBytes(original);
        long[] where = firstTileOfLevelZero(original);
        // Keep the first half of the entropy-coded data, then end the stream: libjpeg warns
        // "premature end of data segment" and would fill the rest with grey.
        int half = (int) (where[0] + where[1] / 2);
        bytes[half] = (byte) 0xFF;
        bytes[half + 1] = (byte) 0xD9;
        Path file = write("corrupt-tile.tif", bytes);
        try (Slide slide = slides.open(file)) {
            assertThatThrownBy(() -> slide.readRegion(RegionRequest.atLevel(0, 0, 0, 256, 256)))
                    .isInstanceOf(CorruptSlideException.class)
                    .hasMessageContaining("level 0 tile (0, 0)")
                    .satisfies(e -> assertThat(((SlideException) e).tile()).contains(new TileLocation(0, 0, 0)));
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 256, 0, 256, 256))
                            .width())
                    .isEqualTo(256);
        }
    }

    /** A 64x64 RGB image whose one tile is {@code data}, stored after the IFD. */
    private static byte[] singleTile(int compression, byte[] data) {
        long offset = singleTileLayout(compression, data, 0).payloadOffset();
        return singleTileLayout(compression, data, offset).bytes();
    }

    private static TinyTiff singleTileLayout(int compression, byte[] data, long offset) {
        return new TinyTiff()
                .longs(256, 64)
                .longs(257, 64)
                .shorts(258, 8, 8, 8)
                .shorts(259, compression)
                .shorts(262, 2)
                .shorts(277, 3)
                .longs(TILE_WIDTH, 64)
                .longs(TILE_LENGTH, 64)
                .longs(TILE_OFFSETS, offset)
                .longs(TILE_BYTE_COUNTS, data.length)
                .payload(data);
    }

    /** Offset and byte count of tile (0, 0) of the first IFD, read with the project's own parser. */
    private static long[] firstTileOfLevelZero(Path file) throws SlideException {
        try (var source = new org.precis.slide.spi.SlideFile(file)) {
            TiffDirectory first = TiffParser.parse(source, org.precis.slide.spi.ReadLimits.DEFAULT)
                    .directories()
                    .get(0);
            return new long[] {
                first.field(TILE_OFFSETS).orElseThrow().longs()[0],
                first.field(TILE_BYTE_COUNTS).orElseThrow().longs()[0]
            };
        }
    }

    @Test
    void aDeflateBombStopsAtTheTileSize() throws IOException, SlideException {
        byte[] zeros = new byte[50_000_000];
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
        deflater.setInput(zeros);
        deflater.finish();
        byte[] compressed = new byte[1 << 20];
        int length = deflater.deflate(compressed);
        deflater.end();
        byte[] file = singleTile(8, Arrays.copyOf(compressed, length));
        Path path = write("bomb.tif", file);
        try (Slide slide = slides.open(path)) {
            assertThat(slide.readRegion(RegionRequest.atLevel(0, 0, 0, 64, 64)).rgbAt(10, 10))
                    .isZero();
        }
    }
}
