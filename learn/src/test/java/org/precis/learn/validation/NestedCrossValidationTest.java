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
        return new LabelledFeatures(variants, y, 3);
    }

    private static final ModelSelection SELECTION = new ModelSelection(3, List.of(1.0, 0.1, 0.01));

    @Test
    void predictsEveryCaseOnceFromAModelChosenPerOuterFold() {
        NestedCrossValidation.Result result = new NestedCrossValidation(4, SELECTION).run(data(1),
                new SplittableRandom(5));
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
        NestedCrossValidation.Result before = new NestedCrossValidation(3, SELECTION).run(original,
                new SplittableRandom(11));
        // Scramble the held-out cases of fold 0 in every variant: fold 0's choice must not move.
        List<double[][]> scrambled = new ArrayList<>();
        SplittableRandom noise = new SplittableRandom(99);
        for (double[][] rows : original.variants()) {
            double[][] copy = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                copy[i] = rows[i].clone();
                if (before.outerFold()[i] == 0) {
                    for (int j = 0; j < copy[i].length; j++) {
                        copy[i][j] = 50 * noise.nextGaussian();
                    }
                }
            }
            scrambled.add(copy);
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
}
