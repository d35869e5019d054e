package org.precis.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.bag.BagProvenance;
import org.precis.embed.bag.FeatureBag;
import org.precis.embed.bag.FeatureBags;
import org.precis.slide.RgbImage;

/**
 * The shipped MobileNetV2 encoder on real LC25000 lung patches.
 *
 * <p>The independent reference (OpenCV's dnn on Pillow-decoded patches and OpenSlide regions) is
 * {@link ReferenceEmbeddingsTest}. What is checked here needs no reference (dimension,
 * finiteness, determinism, independence of the batch size). The few embedding values and class
 * indices below were computed ONCE by this Java code itself (ONNX Runtime Java 1.29.0, CPU) and guard only against regressions (a changed
 * channel order, normalisation or layout would move them); they do not show that the values are
 * right. The tolerance allows for float32 sums taken in another order by another CPU's kernels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MobileNetEncoderTest {

    /** Patches 0, 70, ..., 490 of labels.csv: three classes, eight tiles. */
    private static final int STEP = 70;

    private static final int COUNT = 8;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private List<Path> paths;
    private List<RgbImage> tiles;
    private Encoder encoder;

    @BeforeAll
    void open() throws Exception {
        List<Path> all = TestData.lc25000Patches();
        paths = new ArrayList<>();
        tiles = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            paths.add(all.get(i * STEP));
            tiles.add(TestData.decode(all.get(i * STEP)));
        }
        EncoderDescriptor descriptor = new EncoderDescriptors().resolve("mobilenet_v2", TestData.root());
        encoder = OnnxEncoder.open(environment, descriptor, new OnnxEncoderOptions(2, 8));
    }

    @AfterAll
    void close() {
        encoder.close();
    }

    /** Per tile: element 1, element 4 and the sum of the 1280 features (regression guard only). */
    private static final double[][] FEATURES_SEEN_BEFORE = {
        {0.01669293, 1.7702689, 554.2347021016103},
        {0.0, 0.07568197, 405.4770733119585},
        {0.25234592, 0.05851695, 472.0255793306933},
        {0.13346238, 0.8072544, 452.254394919888},
        {0.5111335, 1.28276, 475.8560855432843},
        {1.3132092, 0.0, 449.70215000277676},
        {0.0, 0.7695122, 434.12299586553127},
        {0.0, 0.08802178, 368.8031780360616},
    };

    /**
     * The ImageNet class of the first six tiles, each at least 0.2 above the runner-up (the last
     * two tiles' best classes are too close to call and are left out): 794 "shower cap" and 680
     * "necklace", which says that this is an ImageNet model, not a pathology one.
     */
    private static final int[] CLASSES_SEEN_BEFORE = {794, 794, 794, 794, 794, 680};

    private static final double RELATIVE = 1e-5;

    @Test
    void givesOneFiniteVectorOfTheDescriptorsDimensionPerTile() throws Exception {
        List<float[]> vectors = encoder.embed(tiles);

        assertThat(vectors).hasSize(COUNT);
        for (float[] vector : vectors) {
            assertThat(vector).hasSize(1280);
            for (float value : vector) {
                assertThat(Float.isFinite(value)).isTrue();
                assertThat(value).isGreaterThanOrEqualTo(0f);
            }
        }
        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(1));
    }

    @Test
    void givesTheSameVectorsWhateverTheBatchSize() throws Exception {
        List<float[]> together = encoder.embed(tiles);
        List<float[]> again = encoder.embed(tiles);
        try (Encoder singles = OnnxEncoder.open(environment, encoder.descriptor(), new OnnxEncoderOptions(1, 1));
                Encoder threes = OnnxEncoder.open(environment, encoder.descriptor(), new OnnxEncoderOptions(2, 3))) {
            List<float[]> oneByOne = singles.embed(tiles);
            List<float[]> byThree = threes.embed(tiles);
            for (int i = 0; i < COUNT; i++) {
                assertThat(again.get(i)).as("tile %d, same batch again", i).containsExactly(together.get(i));
                assertClose(oneByOne.get(i), together.get(i), "tile " + i + ", batch of 1 vs 8");
                assertClose(byThree.get(i), together.get(i), "tile " + i + ", batches of 3 vs 8");
            }
        }
    }

    @Test
    void keepsTheFeatureValuesSeenBefore() throws Exception {
        List<float[]> vectors = encoder.embed(tiles);

        for (int i = 0; i < COUNT; i++) {
            float[] vector = vectors.get(i);
            double sum = 0;
            for (float value : vector) {
                sum += value;
            }
            double[] actual = {vector[1], vector[4], sum};
            for (int k = 0; k < 3; k++) {
                double expected = FEATURES_SEEN_BEFORE[i][k];
                assertThat(actual[k])
                        .as("tile %d (%s) value %d", i, paths.get(i).getFileName(), k)
                        .isCloseTo(expected, within(RELATIVE * Math.max(1, Math.abs(expected))));
            }
        }
    }

    @Test
    void keepsTheImageNetClassOfClearTilesAcrossBatchSizes() throws Exception {
        EncoderDescriptor probsDescriptor = TestData.withOutput(encoder.descriptor(), "probs", 1001);
        try (Encoder batched = OnnxEncoder.open(environment, probsDescriptor, new OnnxEncoderOptions(2, 8));
                Encoder singles = OnnxEncoder.open(environment, probsDescriptor, new OnnxEncoderOptions(1, 1))) {
            List<float[]> together = batched.embed(tiles);
            List<float[]> oneByOne = singles.embed(tiles);
            for (int i = 0; i < COUNT; i++) {
                double total = 0;
                for (float p : together.get(i)) {
                    total += p;
                }
                assertThat(total).as("tile %d probabilities sum", i).isCloseTo(1.0, within(1e-4));
                assertThat(argmax(oneByOne.get(i))).as("tile %d", i).isEqualTo(argmax(together.get(i)));
            }
            for (int i = 0; i < CLASSES_SEEN_BEFORE.length; i++) {
                assertThat(argmax(together.get(i))).as("tile %d", i).isEqualTo(CLASSES_SEEN_BEFORE[i]);
            }
        }
    }

    @Test
    void storesTheEmbeddingsOfPatchesInAFeatureBag(@TempDir Path folder) throws Exception {
        List<float[]> vectors = encoder.embed(tiles.subList(0, 3));
        float[] features = new float[3 * 1280];
        long[] coords = new long[6];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(vectors.get(i), 0, features, i * 1280, 1280);
            coords[2 * i] = 224L * i;
        }
        FeatureBag bag = new FeatureBag(
                3,
                1280,
                features,
                coords,
                new BagProvenance(
                        encoder.descriptor().name(),
                        encoder.descriptor().inputWidth(),
                        Optional.empty(),
                        "ed92d5a9f2e86df67640d6f92ce3e231419ce127131697fbbce42ad5e002c8a7",
                        "test"));
        Path file = folder.resolve("patches.h5");

        new FeatureBags().write(bag, file);
        FeatureBag read = new FeatureBags().read(file);

        assertThat(read).isEqualTo(bag);
        assertThat(read.feature(2)).containsExactly(vectors.get(2));
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Equal within 1e-5, relative to the value where it is above 1. */
    private static void assertClose(float[] actual, float[] expected, String what) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat((double) actual[k])
                    .as("%s, element %d", what, k)
                    .isCloseTo(expected[k], within(RELATIVE * Math.max(1, Math.abs(expected[k]))));
        }
    }
}
