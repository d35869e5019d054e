package org.precis.learn.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NestedCrossValidationTest {

    /** Three Gaussian classes in 5 dimensions; variant 1 is variant 0 plus 20 noise features. */
    private static LabelledFeatures data(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 90;
        int[] y = new int[n];
        double[][] clean = new double[n][];
        double[][] noisy = new double[n][];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            clean[i] = new double[5];
            noisy[i] = new double[25];
            for (int j = 0; j < 5; j++) {
                clean[i][j] = (j == y[i] ? 1.5 : 0) + random.nextGaussian();
                noisy[i][j] = clean[i][j];
            }
            for (int j = 5; j < 25; j++) {
                noisy[i][j] = random.nextGaussian();
            }
        }
        List<double[][]> variants = new ArrayList<>();
        variants.add(clean);
        variants.add(noisy);
        return LabelledFeatures.oneRowPerCase(variants, y, 3);
    }

    private static final ModelSelection SELECTION =
            new ModelSelection(3, List.of(new LogisticHeads(List.of(1.0, 0.1, 0.01))));

    @Test
    void predictsEveryCaseOnceFromAModelChosenPerOuterFold() {
        NestedCrossValidation.Result result =
                new NestedCrossValidation(4, SELECTION).run(data(1), new SplittableRandom(5));
        assertThat(result.chosen()).hasSize(4);
        assertThat(result.heldOut().size()).isEqualTo(90);
        for (double[] p : result.heldOut().probabilities()) {
            assertThat(p).hasSize(3);
        }
        assertThat(result.heldOut().accuracy()).isGreaterThan(0.6);
    }

    @Test
    void anOuterFoldsChoiceIgnoresItsHeldOutCases() {
        LabelledFeatures original = data(2);
        NestedCrossValidation.Result before =
                new NestedCrossValidation(3, SELECTION).run(original, new SplittableRandom(11));
        // Scramble the held-out cases of fold 0 in every variant: fold 0's choice must not move.
        List<double[][][]> scrambled = new ArrayList<>();
        SplittableRandom noise = new SplittableRandom(99);
        for (double[][][] cases : original.variants()) {
            scrambled.add(scrambledFold(cases, before.outerFold(), noise));
        }
        NestedCrossValidation.Result after = new NestedCrossValidation(3, SELECTION)
                .run(new LabelledFeatures(scrambled, original.classIndex(), 3), new SplittableRandom(11));
        assertThat(after.outerFold()).isEqualTo(before.outerFold());
        assertThat(after.chosen().get(0)).isEqualTo(before.chosen().get(0));
    }

    @Test
    void selectionPrefersTheVariantWithoutNoise() {
        LabelledFeatures data = data(3);
        Candidate chosen = SELECTION.select(data, ModelSelection.all(data.size()), new SplittableRandom(4));
        assertThat(chosen.variant()).isEqualTo(0);
    }

    private static double[][][] scrambledFold(double[][][] cases, int[] outerFold, SplittableRandom noise) {
        double[][][] copy = new double[cases.length][][];
        for (int i = 0; i < cases.length; i++) {
            copy[i] = new double[cases[i].length][];
            for (int r = 0; r < cases[i].length; r++) {
                copy[i][r] = cases[i][r].clone();
                if (outerFold[i] == 0) {
                    for (int j = 0; j < copy[i][r].length; j++) {
                        copy[i][r][j] = 50 * noise.nextGaussian();
                    }
                }
            }
        }
        return copy;
    }

    /** Each case as four noisy "views" of its clean row. */
    private static LabelledFeatures views(int seed) {
        LabelledFeatures one = data(seed);
        SplittableRandom random = new SplittableRandom(seed + 100);
        double[][][] clean = one.variants().get(0);
        double[][][] views = new double[clean.length][4][];
        for (int i = 0; i < clean.length; i++) {
            for (int v = 0; v < 4; v++) {
                views[i][v] = clean[i][0].clone();
                for (int j = 0; j < views[i][v].length; j++) {
                    views[i][v][j] += 0.5 * random.nextGaussian();
                }
            }
        }
        return new LabelledFeatures(List.of(clean, views), one.classIndex(), 3);
    }

    @Test
    void casesWithSeveralRowsAreSplitByCaseAndPredictedByTheirMeanProbability() {
        LabelledFeatures data = views(4);
        NestedCrossValidation.Result before =
                new NestedCrossValidation(3, SELECTION).run(data.only(1), new SplittableRandom(11));
        assertThat(before.heldOut().size()).isEqualTo(90);
        assertThat(before.heldOut().accuracy()).isGreaterThan(0.6);
        // Scrambling every view of fold 0's cases leaves fold 0's choice alone: no view of a
        // held-out case took part in choosing.
        NestedCrossValidation.Result after = new NestedCrossValidation(3, SELECTION)
                .run(
                        new LabelledFeatures(
                                java.util.Collections.singletonList(scrambledFold(
                                        data.variants().get(1), before.outerFold(), new SplittableRandom(3))),
                                data.classIndex(),
                                3),
                        new SplittableRandom(11));
        assertThat(after.chosen().get(0)).isEqualTo(before.chosen().get(0));
        assertThat(data.rows(1, new int[] {0, 5})).hasNumberOfRows(8);
        assertThat(data.rowClasses(1, new int[] {0, 5})).containsExactly(0, 0, 0, 0, 2, 2, 2, 2);
        double[][] mean = data.caseProbabilities(1, new int[] {7}, rows -> {
            double[][] p = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                p[r] = new double[] {r / 6.0, 1 - r / 6.0, 0};
            }
            return p;
        });
        assertThat(mean[0]).containsExactly(new double[] {0.25, 0.75, 0}, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void eachGroupOfVariantsGetsWhatItsOwnRunWouldGive() {
        LabelledFeatures data = views(5);
        List<NestedCrossValidation.Result> each = new NestedCrossValidation(3, SELECTION)
                .runEach(
                        data,
                        List.of(CandidateGroup.of(0, 0), CandidateGroup.of(1, 0), CandidateGroup.all()),
                        new SplittableRandom(8));
        for (int g = 0; g < 2; g++) {
            NestedCrossValidation.Result alone =
                    new NestedCrossValidation(3, SELECTION).run(data.only(g), new SplittableRandom(8));
            assertThat(each.get(g).heldOut().probabilities())
                    .isDeepEqualTo(alone.heldOut().probabilities());
            assertThat(each.get(g).chosen().stream().map(Candidate::setting).toList())
                    .isEqualTo(alone.chosen().stream().map(Candidate::setting).toList());
        }
        NestedCrossValidation.Result both = new NestedCrossValidation(3, SELECTION).run(data, new SplittableRandom(8));
        assertThat(each.get(2).heldOut().probabilities())
                .isDeepEqualTo(both.heldOut().probabilities());
        assertThat(each.get(2).chosen()).isEqualTo(both.chosen());
    }
}
