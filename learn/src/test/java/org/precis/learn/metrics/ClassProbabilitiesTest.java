package org.precis.learn.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Small cases worked by hand (and scikit-learn's documented examples). */
class ClassProbabilitiesTest {

    @Test
    void aucIsScikitLearnsDocumentedExample() {
        // sklearn.metrics.roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == 0.75
        assertThat(RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}))
                .isEqualTo(0.75);
    }

    @Test
    void tiedScoresCountOneHalf() {
        // Pairs (positive, negative): (0.5, 0.5) tie = 1/2, (0.5, 0.2) = 1, (0.9, 0.5) = 1, (0.9, 0.2) = 1 -> 3.5 / 4.
        assertThat(RocAuc.of(new double[] {0.5, 0.9, 0.5, 0.2}, new boolean[] {true, true, false, false}))
                .isEqualTo(0.875);
        assertThat(RocAuc.of(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false, false}))
                .isEqualTo(0.5);
    }

    @Test
    void aucIsUndefinedWithoutBothClasses() {
        assertThat(RocAuc.of(new double[] {0.1, 0.2}, new boolean[] {true, true}))
                .isNaN();
    }

    private static ClassProbabilities example() {
        return new ClassProbabilities(
                new int[] {0, 1, 2, 2},
                new double[][] {{0.7, 0.2, 0.1}, {0.3, 0.4, 0.3}, {0.1, 0.6, 0.3}, {0.2, 0.2, 0.6}},
                3);
    }

    @Test
    void accuracyCountsTopClassHits() {
        assertThat(example().accuracy()).isEqualTo(0.75);
    }

    @Test
    void brierSumsSquaredErrorsOverClasses() {
        // (0.09+0.04+0.01) + (0.09+0.36+0.09) + (0.01+0.36+0.49) + (0.04+0.04+0.16) = 0.14+0.54+0.86+0.24 = 1.78
        assertThat(example().brier()).isCloseTo(1.78 / 4, within(1e-15));
    }

    @Test
    void confusionHasTrueRowsAndPredictedColumns() {
        assertThat(example().confusion()).isEqualTo(new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 1, 1}});
    }

    @Test
    void oneVsRestAndMacroAuc() {
        ClassProbabilities cases = example();
        // class 0 scores: pos 0.7; negs 0.3, 0.1, 0.2 -> 1
        assertThat(cases.oneVsRestAuc(0)).isEqualTo(1.0);
        // class 1: pos 0.4; negs 0.2, 0.6, 0.2 -> 2/3
        assertThat(cases.oneVsRestAuc(1)).isCloseTo(2.0 / 3, within(1e-15));
        // class 2: pos 0.3, 0.6; negs 0.1, 0.3 -> (1 + 0.5 + 1 + 1) / 4
        assertThat(cases.oneVsRestAuc(2)).isEqualTo(0.875);
        assertThat(cases.macroAuc()).isCloseTo((1 + 2.0 / 3 + 0.875) / 3, within(1e-15));
    }

    @Test
    void pairAucUsesTheTwoClassesCasesAndTheirRelativeProbability() {
        ClassProbabilities cases = example();
        // cases of classes 1 and 2; score p2/(p1+p2): 0.3/0.7, 0.3/0.9, 0.6/0.8; positives (class 2) 1/3, 3/4
        // vs negative 3/7: 1/3 < 3/7 (0), 3/4 > 3/7 (1) -> 0.5
        assertThat(cases.pairAuc(2, 1)).isEqualTo(0.5);
        assertThat(cases.pairAuc(1, 2)).isEqualTo(0.5);
    }

    @Test
    void reliabilityBinsTopClassConfidence() {
        Reliability reliability = Reliability.of(example(), 10);
        // top confidences 0.7 (right), 0.4 (right), 0.6 (wrong), 0.6 (right)
        assertThat(reliability.bins())
                .containsExactly(
                        new ReliabilityBin(0.4, 0.5, 1, 0.4, 1.0),
                        new ReliabilityBin(0.6, 0.7, 2, 0.6, 0.5),
                        new ReliabilityBin(0.7, 0.8, 1, 0.7, 1.0));
        assertThat(reliability.expectedCalibrationError()).isCloseTo((0.6 + 2 * 0.1 + 0.3) / 4, within(1e-15));
    }
}
