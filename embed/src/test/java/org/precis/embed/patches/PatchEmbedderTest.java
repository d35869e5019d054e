package org.precis.embed.patches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.EncoderDescriptors;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.io.file.FileSha256;
import org.precis.slide.RgbImage;

/** The real MobileNetV2 on a few real LC25000 patches. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatchEmbedderTest {

    @TempDir
    Path folder;

    private OnnxEncoder encoder;
    private ExecutorService loaders;
    private PatchEmbedder embedder;

    @BeforeAll
    void open() throws Exception {
        encoder = OnnxEncoder.open(
                OrtEnvironment.getEnvironment(),
                new EncoderDescriptors().resolve("mobilenet_v2", org.precis.testing.SampleData.root()),
                new OnnxEncoderOptions(2, 16));
        loaders = Executors.newFixedThreadPool(2);
        embedder = new PatchEmbedder(encoder, PatchEmbedder.modelSha256(encoder), loaders);
    }

    @AfterAll
    void close() {
        encoder.close();
        loaders.shutdownNow();
    }

    @Test
    void embedsALabelledFolderWithTheRecipeRecorded() throws Exception {
        Path labels = PatchFixtures.copy(folder, 1);
        LabelledPatches patches = LabelledPatches.read(folder, labels);
        PatchSet set = embedder.embed(
                patches,
                ViewSet.IDENTITY,
                List.of(1.0, 0.5),
                List.of(StainNormalisation.REINHARD),
                "0.1.0",
                done -> {});
        assertThat(set.count()).isEqualTo(3);
        assertThat(set.dimension()).isEqualTo(2 * 1280);
        assertThat(set.classNames()).containsExactly("lung_aca", "lung_n", "lung_scc");
        assertThat(set.classIndex()).containsExactly(0, 1, 2);
        assertThat(set.recipe().reinhardTarget()).isPresent();
        assertThat(set.hasViewFeatures()).isFalse();
        assertThat(set.recipe().encoderSha256())
                .isEqualTo(FileSha256.of(encoder.descriptor().model()));
        // The whole-patch half of the vector is the plain embedding of the Reinhard-normalised patch.
        PatchRecipe wholeOnly = new PatchRecipe(
                set.recipe().encoder(),
                set.recipe().encoderSha256(),
                ViewSet.IDENTITY,
                List.of(1.0),
                StainNormalisation.REINHARD,
                set.recipe().reinhardTarget());
        float[] whole =
                PatchEmbedder.pool(embedder.embedImageViews(List.of(new PatchImages().read(patches.file(0))), wholeOnly)
                        .get(0));
        for (int j = 0; j < 1280; j++) {
            assertThat(set.features()[j]).isEqualTo(whole[j]);
        }
    }

    @Test
    void dihedralAveragingMakesTheEmbeddingInvariantToRotation() throws Exception {
        Path original = PatchFixtures.lc25000().resolve("lung_scc/lungscc1000.jpeg");
        RgbImage image = new PatchImages().read(original);
        Path turned = folder.resolve("turned.png");
        ImageIO.write(PatchView.ROTATE_90.apply(image).toBufferedImage(), "png", turned.toFile());
        Path lossless = folder.resolve("original.png");
        ImageIO.write(image.toBufferedImage(), "png", lossless.toFile());
        PatchRecipe recipe = new PatchRecipe(
                "mobilenet_v2",
                FileSha256.of(encoder.descriptor().model()),
                ViewSet.DIHEDRAL8,
                List.of(1.0),
                StainNormalisation.NONE,
                java.util.Optional.empty());
        List<float[]> vectors = embedder.embed(List.of(lossless, turned), recipe, done -> {});
        // Each view's vector is kept too; their mean is the pooled vector, and the identity view is
        // the plain embedding.
        List<float[][]> views = embedder.embedViews(List.of(lossless), recipe, done -> {});
        assertThat(views.get(0)).hasNumberOfRows(8);
        assertThat(PatchEmbedder.pool(views.get(0))).containsExactly(vectors.get(0));
        assertThat(embedder.embedImageViews(List.of(image), recipe).get(0)[3]).containsExactly(views.get(0)[3]);
        double maxDifference = 0;
        double maxValue = 0;
        for (int j = 0; j < 1280; j++) {
            maxDifference = Math.max(maxDifference, Math.abs(vectors.get(0)[j] - vectors.get(1)[j]));
            maxValue = Math.max(maxValue, Math.abs(vectors.get(0)[j]));
        }
        // The same eight views in another order: equal up to float32 summation order.
        assertThat(maxDifference).isLessThan(1e-5 * maxValue);
        PatchRecipe plain = new PatchRecipe(
                recipe.encoder(),
                recipe.encoderSha256(),
                ViewSet.IDENTITY,
                List.of(1.0),
                StainNormalisation.NONE,
                java.util.Optional.empty());
        List<float[]> single = embedder.embed(List.of(lossless, turned), plain, done -> {});
        assertThat(views.get(0)[0]).containsExactly(single.get(0));
        double plainDifference = 0;
        for (int j = 0; j < 1280; j++) {
            plainDifference = Math.max(plainDifference, Math.abs(single.get(0)[j] - single.get(1)[j]));
        }
        assertThat(plainDifference).isGreaterThan(100 * maxDifference);
    }

    @Test
    void stainVariantsAreViewsOfThePatch() throws Exception {
        Path labels = PatchFixtures.copy(folder.resolve("stains"), 1);
        LabelledPatches patches = LabelledPatches.read(folder.resolve("stains"), labels);
        PatchSet set = embedder.embed(
                patches,
                ViewSet.DIHEDRAL8,
                List.of(1.0),
                List.of(StainNormalisation.NONE, StainNormalisation.REINHARD),
                "0.1.0",
                done -> {});
        PatchRecipe recipe = set.recipe();
        assertThat(recipe.viewCount()).isEqualTo(16);
        assertThat(recipe.reinhardTarget()).isPresent();
        assertThat(set.hasViewFeatures()).isTrue();
        // Views 0-7 are the patch as scanned, 8-15 the Reinhard-normalised patch, each through the
        // eight flips and rotations; the feature is their mean.
        PatchRecipe scanned = new PatchRecipe(
                recipe.encoder(),
                recipe.encoderSha256(),
                ViewSet.DIHEDRAL8,
                List.of(1.0),
                StainNormalisation.NONE,
                java.util.Optional.empty());
        PatchRecipe normalised = new PatchRecipe(
                recipe.encoder(),
                recipe.encoderSha256(),
                ViewSet.DIHEDRAL8,
                List.of(1.0),
                StainNormalisation.REINHARD,
                recipe.reinhardTarget());
        RgbImage image = new PatchImages().read(patches.file(2));
        float[][] asScanned = embedder.embedImageViews(List.of(image), scanned).get(0);
        float[][] asNormalised =
                embedder.embedImageViews(List.of(image), normalised).get(0);
        double[][] rows = set.viewRows(2);
        for (int v = 0; v < 8; v++) {
            for (int j = 0; j < 1280; j++) {
                assertThat(rows[v][j]).isEqualTo(asScanned[v][j]);
                assertThat(rows[8 + v][j]).isEqualTo(asNormalised[v][j]);
            }
        }
        double[] feature = set.feature(2);
        for (int j = 0; j < 1280; j++) {
            double mean = 0;
            for (double[] row : rows) {
                mean += row[j] / rows.length;
            }
            assertThat(feature[j]).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-5 * (1 + Math.abs(mean))));
        }
        assertThat(asScanned[0]).isNotEqualTo(asNormalised[0]);
        assertThat(new PatchRecipes().fromText(new PatchRecipes().toText(recipe), "test"))
                .isEqualTo(recipe);
    }

    @Test
    void anUnreadableImageIsNamedBeforeAnyEmbedding() throws IOException {
        Path labels = PatchFixtures.copy(folder.resolve("bad"), 1);
        Path broken = folder.resolve("bad/lung_n/broken.jpeg");
        Files.writeString(broken, "this is not a JPEG");
        Files.writeString(labels, "lung_n/broken.jpeg,lung_n\n", java.nio.file.StandardOpenOption.APPEND);
        LabelledPatches patches = LabelledPatches.read(folder.resolve("bad"), labels);
        int[] progress = {0};
        assertThatThrownBy(() -> embedder.embed(
                        patches,
                        ViewSet.IDENTITY,
                        List.of(1.0),
                        List.of(StainNormalisation.NONE),
                        "0.1.0",
                        done -> progress[0] = done))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("broken.jpeg")
                .hasMessageContaining("unreadable image");
        assertThat(progress[0]).isZero();
    }

    @Test
    void refusesARecipeOfAnotherEncoder() {
        PatchRecipe other = new PatchRecipe(
                "other_encoder",
                "00".repeat(32),
                ViewSet.IDENTITY,
                List.of(1.0),
                StainNormalisation.NONE,
                java.util.Optional.empty());
        assertThatThrownBy(() -> embedder.embed(List.of(folder), other, done -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other_encoder");
    }
}
