package org.precis.cells.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.classical.ClassicalDetectorSettings;
import org.precis.cells.nuclei.classical.ClassicalNucleusDetector;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.testing.SampleData;

/**
 * The shipped recipe's image-grouped nested cross-validation on the real development set (12
 * images of one case, embeddings of the annotated points and of every classical detection computed
 * here: about 40 s). Tolerances: the figures measured with
 * these settings and seed (bench/RESULTS.md) less a small margin.
 */
class GroupedCellValidationTest {

    private static List<AnnotatedImage> images;
    private static CellFeatureTable table;
    private static List<DetectedImage> detected;

    @BeforeAll
    static void embedTheDevelopmentSet() throws Exception {
        TrainingSettings settings = TrainingSettings.standard();
        images = AnnotatedImages.read(SampleData.path("samples/cells/brecahad"));
        CellFeatureRecipe recipe =
                new CellFeatureRecipe(List.of(CellFeatures.field("nic_multitask", 0.5, SampleData.root())), true);
        try (CellFeatures features = CellFeatures.open(recipe, SampleData.root(), new OnnxEncoderOptions(2, 32))) {
            table = CellFeatureTable.extract(
                    images, features, settings.jitter(), settings.mpp(), new SplittableRandom(settings.seed()));
            detected = DetectedImage.detect(
                    images,
                    new ClassicalNucleusDetector(ClassicalDetectorSettings.defaults()),
                    features,
                    settings.mpp(),
                    4,
                    MitosisCandidateSettings.standard());
        }
        assertThat(table.size()).isEqualTo(1683);
    }

    @Test
    void foldsKeepEveryImageOnOneSide() {
        int[] image = {0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 5};
        int[] cells = java.util.stream.IntStream.range(0, image.length).toArray();
        int[] fold = ImageFolds.assign(cells, image, 3, new SplittableRandom(1));
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells.length; j++) {
                if (image[i] == image[j]) {
                    assertThat(fold[i]).isEqualTo(fold[j]);
                }
            }
        }
        Set<Integer> used = new HashSet<>();
        for (int f : fold) {
            used.add(f);
        }
        assertThat(used).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void theMitosisThresholdKeepsWithinItsCallBudget() {
        double[][] p = {
            {0.1, 0, 0.9, 0}, {0.2, 0, 0.8, 0}, {0.3, 0, 0.7, 0}, {0.4, 0, 0.6, 0}, {0.5, 0, 0.5, 0}, {0.9, 0, 0.1, 0}
        };
        int m = CellClass.MITOSIS.ordinal();
        int t = CellClass.TUMOR.ordinal();
        int[] truth = {t, m, t, t, m, t};
        CallRule rule = CallRule.choose(p, truth, 2.0);
        // Budget 4 calls for 2 mitoses: the top 4 find one; the top 5 would find both but exceed it.
        assertThat(rule.mitosisThreshold()).isEqualTo((0.8 + 0.7) / 2);
        assertThat(rule.call(p[1])).isEqualTo(CellClass.MITOSIS);
        assertThat(rule.call(p[2])).isEqualTo(CellClass.TUMOR);
        assertThat(CallRule.choose(p, new int[] {t, t, t, t, t, t}, 2.0).mitosisThreshold())
                .isEqualTo(1);
    }

    @Test
    void theThresholdOnDetectionsFindsTheMostMitosesWithinTheBudget() {
        // One image, two annotated mitoses at (10, 10) and (100, 100); detections near each and elsewhere.
        List<double[]> centres = List.of(
                new double[] {11, 10}, new double[] {101, 99}, new double[] {300, 300}, new double[] {400, 400});
        List<double[]> mitoses = List.of(new double[] {10, 10}, new double[] {100, 100});
        DetectedImage image = new DetectedImage(new double[4][1], centres, mitoses, mitoses, 5);
        double[] p = {0.9, 0.3, 0.8, 0.1};
        // Budget 1.5 x 2 = 3 calls: thresholds 0.9, 0.8, 0.3 give 1, 1, 2 mitoses found: the third wins.
        CallRule rule = CallRule.chooseOnDetections(List.of(p), List.of(image), 1.5);
        assertThat(rule.mitosisThreshold()).isEqualTo((0.3 + 0.1) / 2);
        // Budget 1 x 2 = 2 calls: only 0.9 and 0.8 fit; the first already finds one.
        assertThat(CallRule.chooseOnDetections(List.of(p), List.of(image), 1.0).mitosisThreshold())
                .isEqualTo((0.9 + 0.8) / 2);
    }

    @Test
    void nestedCrossValidationByImageOnTheDevelopmentSet() throws Exception {
        TrainingSettings settings = TrainingSettings.standard();
        CellClassValidation v = new GroupedCellValidation(settings.classifier())
                .evaluate(table, new SplittableRandom(settings.seed() + 1));

        // Threshold chosen on annotated cells. Measured (cells train-classifier --threshold-on points):
        // macro AUC 0.983, mitosis recall 0.98 at 2.36 calls per true mitosis, tumour recall 0.96,
        // non-tumour 0.80, apoptosis 0.50.
        assertThat(v.macroAuc()).isGreaterThan(0.97);
        assertThat(v.recall(CellClass.MITOSIS)).isGreaterThanOrEqualTo(0.90);
        assertThat(v.mitosisCallsPerTrueMitosis()).isLessThan(3.0);
        assertThat(v.recall(CellClass.TUMOR)).isGreaterThan(0.94);
        assertThat(v.recall(CellClass.NON_TUMOR)).isGreaterThan(0.75);
        assertThat(v.recall(CellClass.APOPTOSIS)).isGreaterThan(0.40);
        assertThat(v.chosen()).hasSize(6);
    }

    @Test
    void nestedCrossValidationWithTheThresholdChosenOnDetections() {
        TrainingSettings settings = TrainingSettings.standard();
        CellClassValidation v = new GroupedCellValidation(settings.classifier(), detected)
                .evaluate(table, new SplittableRandom(settings.seed() + 1));
        DetectedCellEvaluation.Result d = DetectedCellEvaluation.evaluate(images, v, detected, "classical", 4);

        // Measured (cells train-classifier, the shipped candidates: every nucleus plus pair midpoints
        // up to 13.5 µm, one call per 4 µm, budget 4): 4738 nuclei and 6215 candidates; mitosis recall
        // 0.77 (36 of 47) at 4.09 calls per annotated mitosis over whole images; 0.72 of the mitoses
        // (34) have a detected nucleus within 4 µm, 0.98 (46) a candidate.
        int nuclei = d.images().stream()
                .mapToInt(DetectedCellEvaluation.ImageResult::detections)
                .sum();
        int candidates = d.images().stream()
                .mapToInt(DetectedCellEvaluation.ImageResult::candidates)
                .sum();
        System.out.println("nuclei " + nuclei + ", candidates " + candidates + ", mitosis recall "
                + d.mitosisRecall() + " at " + d.callsPerTrueMitosis() + " calls per annotated mitosis;"
                + " detector " + d.detectorMitosisRecall() + ", candidates " + d.candidateMitosisRecall());
        assertThat(nuclei).isBetween(4500, 5000);
        assertThat(candidates).isBetween(6000, 6400);
        assertThat(d.detectorMitosisRecall()).isGreaterThan(0.70);
        assertThat(d.candidateMitosisRecall()).isGreaterThanOrEqualTo(46 / 47.0);
        assertThat(d.mitosisRecall()).isGreaterThanOrEqualTo(0.75);
        assertThat(d.callsPerTrueMitosis()).isLessThanOrEqualTo(4.2);
        // On the annotated points with that threshold: measured 0.77 at 0.83 calls per true mitosis.
        assertThat(v.recall(CellClass.MITOSIS)).isGreaterThanOrEqualTo(0.75);
        assertThat(v.mitosisCallsPerTrueMitosis()).isLessThanOrEqualTo(0.9);
    }
}
