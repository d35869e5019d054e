package org.precis.cells.federated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.cells.classify.AnnotatedImage;
import org.precis.cells.classify.AnnotatedImages;
import org.precis.cells.classify.CallRule;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.CellFeatureTable;
import org.precis.cells.classify.CellFeatures;
import org.precis.cells.classify.EncoderField;
import org.precis.cells.classify.JitterPlan;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.PatchSets;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.patch.ModelProvenance;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.ViewPooling;
import org.precis.testing.SampleData;

/** Annotated BreCaHAD cells as a patch set, and a head trained on such sets back as a cell classifier. */
class CellFeatureSetsTest {

    private static final Path SET = SampleData.path("samples/cells/brecahad");
    private static final CellFeatureRecipe STAIN = new CellFeatureRecipe(List.of(), true);

    private static List<AnnotatedImage> images(String... names) throws Exception {
        List<Path> files = java.util.Arrays.stream(names)
                .map(n -> SET.resolve("images").resolve(n + ".jpg"))
                .toList();
        return AnnotatedImages.of(files, SET.resolve("annotations"), "Case_12");
    }

    private static CellFeatureTable table(List<AnnotatedImage> images, JitterPlan jitter) throws Exception {
        try (CellFeatures features = CellFeatures.open(STAIN, SampleData.root(), new OnnxEncoderOptions(1, 32))) {
            return CellFeatureTable.extract(images, features, jitter, 0.32, new SplittableRandom(7));
        }
    }

    @Test
    void theSetHoldsOneVectorACellAtItsAnnotatedPointAndRefusesJitteredViews(@TempDir Path dir) throws Exception {
        List<AnnotatedImage> images = images("Case_12-06", "Case_12-11");
        CellFeatureTable table = table(images, JitterPlan.annotatedPointOnly());
        PatchSet set = new CellFeatureSets().of(table, images, STAIN, "test");

        assertThat(set.count()).isEqualTo(table.size()).isEqualTo(120 + 101);
        assertThat(set.dimension()).isEqualTo(STAIN.dimension());
        assertThat(set.hasViewFeatures()).isFalse();
        assertThat(set.classNames()).containsExactly("Tumor", "Non-tumor", "Mitosis", "Apoptosis");
        assertThat(set.classIndex()).isEqualTo(table.classIndex());
        assertThat(set.fileNames().get(0)).isEqualTo("Case_12-06#cell-0");
        assertThat(set.fileNames().get(120)).isEqualTo("Case_12-11#cell-0");
        for (int i = 0; i < set.count(); i++) {
            for (int j = 0; j < set.dimension(); j++) {
                assertThat(set.feature(i)[j]).isEqualTo((float) table.views()[i][0][j]);
            }
        }
        assertThat(set.recipe().encoder()).isEqualTo("cell-features/stain");
        Path file = dir.resolve("cells.h5");
        new PatchSets().write(set, file);
        assertThat(new PatchSets().read(file)).isEqualTo(set);

        CellFeatureTable jittered = table(images("Case_12-11"), JitterPlan.uniform(3, 2.0));
        assertThatThrownBy(() -> new CellFeatureSets().of(jittered, images("Case_12-11"), STAIN, "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one vector a cell, at its annotated point");
    }

    @Test
    void theRecipesHashNamesEveryEncodersModel() {
        EncoderField a = new EncoderField("nic_multitask", "aa".repeat(32), 128, 0.5, 64);
        EncoderField b = new EncoderField("nic_multitask", "bb".repeat(32), 128, 0.5, 64);
        CellFeatureSets sets = new CellFeatureSets();
        CellFeatureRecipe withA = new CellFeatureRecipe(List.of(a), true);
        assertThat(sets.patchRecipe(withA)).isEqualTo(sets.patchRecipe(new CellFeatureRecipe(List.of(a), true)));
        assertThat(sets.patchRecipe(withA).encoder()).isEqualTo("cell-features/nic_multitask+stain");
        assertThat(sets.patchRecipe(withA).encoderSha256())
                .isNotEqualTo(sets.patchRecipe(new CellFeatureRecipe(List.of(b), true))
                        .encoderSha256())
                .isNotEqualTo(sets.patchRecipe(new CellFeatureRecipe(List.of(a), false))
                        .encoderSha256());
    }

    @Test
    void aHeadOfAnotherRecipeOrOtherClassesIsRefused() {
        CellFeatureSets sets = new CellFeatureSets();
        int d = STAIN.dimension();
        SoftmaxModel head =
                new SoftmaxModel(new Standardisation(new double[d], ones(d)), new double[4][d], new double[4]);
        ModelProvenance provenance = new ModelProvenance(
                "x", "ab".repeat(32), "cd".repeat(32), 100, Map.of("federated_study", "s1"), Map.of(), "test", "now");
        EncoderField other = new EncoderField("nic_multitask", "aa".repeat(32), 128, 0.5, 64);
        PatchClassifier otherRecipe = new PatchClassifier(
                CellFeatureSets.classNames(),
                head,
                sets.patchRecipe(new CellFeatureRecipe(List.of(other), false)),
                ViewPooling.FEATURE_MEAN,
                provenance);
        FederatedCellClassifiers conversion = new FederatedCellClassifiers();
        assertThatThrownBy(() -> conversion.model(otherRecipe, STAIN, new CallRule(0.5), "test", "m.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("m.json: the study was trained on features 'cell-features/nic_multitask'")
                .hasMessageNotContaining("\n");
        PatchClassifier otherClasses = new PatchClassifier(
                List.of("a", "b", "c", "d"), head, sets.patchRecipe(STAIN), ViewPooling.FEATURE_MEAN, provenance);
        assertThatThrownBy(() -> conversion.model(otherClasses, STAIN, new CallRule(0.5), "test", "m.json"))
                .hasMessageContaining("are not the cell classes");
        PatchClassifier right = new PatchClassifier(
                CellFeatureSets.classNames(), head, sets.patchRecipe(STAIN), ViewPooling.FEATURE_MEAN, provenance);
        CellClassifierModel model = conversion.model(right, STAIN, new CallRule(0.5), "test", "m.json");
        assertThat(model.head()).isSameAs(head);
        assertThat(model.provenance().parameters()).containsEntry("federated_study", "s1");
        assertThat(model.provenance().createdAt()).isEqualTo(Optional.of("now"));
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        return v;
    }
}
