package org.precis.embed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.patches.PatchImages;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.embed.pipeline.EmbeddingListener;
import org.precis.embed.pipeline.PipelineSettings;
import org.precis.embed.pipeline.SlideEmbedding;
import org.precis.embed.pipeline.SlideTile;
import org.precis.embed.pipeline.SlideTiles;
import org.precis.embed.pipeline.TileEmbedding;
import org.precis.embed.pipeline.TilePlan;
import org.precis.embed.pipeline.TilePlanner;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.io.file.FileSha256;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.Slides;

/**
 * Precis's MobileNetV2 embeddings against an independent reference: the same model run by
 * OpenCV's dnn module instead of ONNX Runtime, on images decoded by Pillow and slide regions read
 * by OpenSlide, made by {@code src/test/fixtures/embeddings/make_reference.py} (its docstring says
 * how each input was prepared) and committed beside it. Every tile's cosine must be at least
 * 0.9999999 (0.9999994 for area-averaged tiles), for LC25000 patches through the patch path
 * ({@code PatchEmbedder}, as {@code precis embed --patches} and {@code patches predict} embed) and
 * for slide tiles at 0.5 µm/px (read as stored) and at 0.75 µm/px (area-averaged) through the
 * slide pipeline ({@code SlideEmbedding}, as {@code precis embed}) and through the heatmap's path
 * ({@code SlideTiles} then {@code PatchEmbedder}). The worst cosine is printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceEmbeddingsTest {

    private static final Path FIXTURES = Path.of("src/test/fixtures/embeddings");
    /**
     * Patches and slide tiles read as stored. Measured (6 Dec 2026, 2-core AMD EPYC, ONNX Runtime
     * Java 1.29.0 against OpenCV 4.6.0): 1 - cosine at most 6.2e-12 on slide tiles (the
     * background tile) and 1.5e-12 on patches, every input decoded to the same pixels as Pillow
     * and OpenSlide decode them, so only the engines differ. The bound is the "agree to
     * cosine 0.9999999", a hundred-fold stricter than its 0.99999 per tile; it leaves room for
     * ONNX Runtime's kernels on another CPU (AVX2 or AVX-512 sum in another order) against a
     * reference that stays fixed.
     */
    private static final double MIN_COSINE = 0.9999999;
    /**
     * Area-averaged slide tiles. Measured 1 - cosine at most 5.7e-8: Precis sums the weighted
     * pixels in float32, the reference in float64, and 1 to 28 of a tile's 150,528 values that
     * lie within float32 rounding of a half round the other way (checked once: every differing
     * value differs by 1). Java's float arithmetic is the same on every CPU, so these pixels are
     * too; the bound is ten times the measured gap.
     */
    private static final double MIN_COSINE_RESAMPLED = 0.9999994;

    private JsonNode reference;
    private OnnxEncoder encoder;
    private ExecutorService threads;
    private PatchEmbedder embedder;
    private PatchRecipe plain;

    @BeforeAll
    void open() throws Exception {
        reference =
                new ObjectMapper().readTree(FIXTURES.resolve("reference.json").toFile());
        encoder = OnnxEncoder.open(
                OrtEnvironment.getEnvironment(),
                new EncoderDescriptors().resolve("mobilenet_v2", TestData.root()),
                new OnnxEncoderOptions(2, 16));
        threads = Executors.newFixedThreadPool(2);
        String sha256 = PatchEmbedder.modelSha256(encoder);
        assertThat(sha256)
                .as("the model the reference was made with")
                .isEqualTo(reference.get("model_sha256").asText());
        embedder = new PatchEmbedder(encoder, sha256, threads);
        plain = new PatchRecipe(
                encoder.descriptor().name(),
                sha256,
                ViewSet.IDENTITY,
                List.of(1.0),
                StainNormalisation.NONE,
                Optional.empty());
    }

    @AfterAll
    void close() {
        encoder.close();
        threads.shutdownNow();
    }

    @Test
    void patchEmbeddingsAgreeWithOpenCvOnPillowDecodedPatches() throws Exception {
        JsonNode inputs = reference.at("/patches/inputs");
        float[][] expected =
                npy(FIXTURES.resolve(reference.at("/patches/vectors").asText()), inputs.size());
        List<Path> files = new ArrayList<>();
        int sameDecoding = 0;
        for (JsonNode input : inputs) {
            Path file = TestData.root().resolve(input.get("file").asText());
            assertThat(FileSha256.of(file))
                    .as(file.toString())
                    .isEqualTo(input.get("file_sha256").asText());
            files.add(file);
            sameDecoding += rgbSha256(new PatchImages().read(file))
                            .equals(input.get("rgb_sha256").asText())
                    ? 1
                    : 0;
        }

        List<float[]> actual = embedder.embed(files, plain, done -> {});

        double worst = worstCosine("patches", expected, actual, inputs.size(), sameDecoding);
        assertThat(worst).isGreaterThanOrEqualTo(MIN_COSINE);
    }

    @Test
    void slideTileEmbeddingsAgreeWithOpenCvOnOpenSlideRegionsReadAsStored() throws Exception {
        slideTilesAgree("slide_tiles", "slide tiles at 0.5 µm/px", MIN_COSINE);
    }

    @Test
    void slideTileEmbeddingsAgreeWithOpenCvOnAreaAveragedOpenSlideRegions() throws Exception {
        slideTilesAgree("slide_tiles_resampled", "slide tiles at 0.75 µm/px", MIN_COSINE_RESAMPLED);
    }

    /**
     * The reference set {@code name}'s tiles, embedded by the slide pipeline and by the heatmap's
     * path, each against the reference.
     */
    private void slideTilesAgree(String name, String what, double minCosine) throws Exception {
        JsonNode tiles = reference.get(name);
        JsonNode inputs = tiles.get("inputs");
        float[][] expected = npy(FIXTURES.resolve(tiles.get("vectors").asText()), inputs.size());
        Path slideFile = TestData.root().resolve(tiles.get("slide").asText());
        assertThat(FileSha256.of(slideFile)).isEqualTo(tiles.get("slide_sha256").asText());
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(slideFile)) {
            // Every tile of the grid (no tissue minimum), then the reference's, in its order.
            TilePlan all = new TilePlanner(new TissueDetector(TissueDetection.defaults()))
                    .plan(
                            slide,
                            new TileSpec(
                                    tiles.get("tile_size_px").asInt(),
                                    tiles.get("target_mpp").asDouble(),
                                    0));
            List<SlideTile> chosen = new ArrayList<>();
            for (JsonNode input : inputs) {
                SlideTile tile = all.tiles().stream()
                        .filter(t -> t.tile().column() == input.get("column").asInt()
                                && t.tile().row() == input.get("row").asInt())
                        .findFirst()
                        .orElseThrow();
                assertThat(tile.tile().x()).isEqualTo(input.get("x").asLong());
                assertThat(tile.tile().y()).isEqualTo(input.get("y").asLong());
                chosen.add(tile);
            }
            TilePlan plan = new TilePlan(all.grid(), chosen);
            SlideTiles reader = new SlideTiles(slide, plan.grid());
            List<RgbImage> images = new ArrayList<>();
            int sameReading = 0;
            for (int i = 0; i < chosen.size(); i++) {
                images.add(reader.read(chosen.get(i)));
                sameReading += rgbSha256(images.get(i))
                                .equals(inputs.get(i).get("rgb_sha256").asText())
                        ? 1
                        : 0;
            }

            List<float[]> pipeline = new ArrayList<>();
            new SlideEmbedding(encoder, threads, new PipelineSettings(8, 2))
                    .run(slide, plan, (TileEmbedding e) -> pipeline.add(e.feature()), EmbeddingListener.NONE);
            List<float[]> heatmapPath = embedder.embedImageViews(images, plain).stream()
                    .map(views -> views[0])
                    .toList();

            double worstPipeline = worstCosine(what + " (pipeline)", expected, pipeline, inputs.size(), sameReading);
            double worstHeatmap =
                    worstCosine(what + " (heatmap path)", expected, heatmapPath, inputs.size(), sameReading);
            assertThat(worstPipeline).isGreaterThanOrEqualTo(minCosine);
            assertThat(worstHeatmap).isGreaterThanOrEqualTo(minCosine);
        }
    }

    /** The lowest cosine over the tiles, printed with how many inputs were decoded to the same pixels. */
    private static double worstCosine(
            String what, float[][] expected, List<float[]> actual, int count, int samePixels) {
        assertThat(actual).hasSize(count);
        double worst = 1;
        int at = -1;
        for (int i = 0; i < count; i++) {
            assertThat(actual.get(i)).hasSize(expected[i].length);
            double cosine = cosine(expected[i], actual.get(i));
            if (cosine < worst || at < 0) {
                worst = cosine;
                at = i;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: worst cosine with OpenCV %.12f (1 - cosine = %.2e, input %d of %d);"
                        + " %d of %d inputs read or decoded to the same pixels as the reference's%n",
                what,
                worst,
                1 - worst,
                at,
                count,
                samePixels,
                count);
        return worst;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += (double) a[j] * b[j];
            aa += (double) a[j] * a[j];
            bb += (double) b[j] * b[j];
        }
        return dot / Math.sqrt(aa * bb);
    }

    private static String rgbSha256(RgbImage image) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image.rgb()));
    }

    private static final Pattern SHAPE = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)");

    /** A version-1 .npy file of little-endian float32 rows, C order, {@code rows} of them. */
    private static float[][] npy(Path file, int rows) throws Exception {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[6];
        bytes.get(magic);
        assertThat(magic).as(file + " magic").isEqualTo("\u0093NUMPY".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(bytes.get()).as(file + " major version").isEqualTo((byte) 1);
        bytes.get();
        int headerLength = Short.toUnsignedInt(bytes.getShort());
        byte[] header = new byte[headerLength];
        bytes.get(header);
        String text = new String(header, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("'descr': '<f4'").contains("'fortran_order': False");
        Matcher shape = SHAPE.matcher(text);
        assertThat(shape.find()).as(file + " header " + text).isTrue();
        assertThat(Integer.parseInt(shape.group(1))).isEqualTo(rows);
        int columns = Integer.parseInt(shape.group(2));
        float[][] values = new float[rows][columns];
        for (float[] row : values) {
            bytes.asFloatBuffer().get(row);
            bytes.position(bytes.position() + 4 * columns);
        }
        assertThat(bytes.remaining()).isZero();
        return values;
    }
}
