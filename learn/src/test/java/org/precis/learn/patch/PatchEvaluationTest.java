package org.precis.learn.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;

class PatchEvaluationTest {

    private static ClassProbabilities cases() {
        SplittableRandom random = new SplittableRandom(2);
        int n = 120;
        int[] truth = new int[n];
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 3;
            double[] scores = new double[3];
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                scores[k] = Math.exp((k == truth[i] ? 1.5 : 0) + random.nextGaussian());
                sum += scores[k];
            }
            for (int k = 0; k < 3; k++) {
                scores[k] /= sum;
            }
            p[i] = scores;
        }
        return new ClassProbabilities(truth, p, 3);
    }

    @Test
    void findsLuadAndLuscAmongLc25000Classes() {
        PatchEvaluation e = PatchEvaluation.of(
                cases(), List.of("lung_aca", "lung_n", "lung_scc"), new Bootstrap(200, 0.95), new SplittableRandom(1));
        assertThat(e.aucLuadVsLusc()).contains(cases().pairAuc(2, 0));
        assertThat(e.aucLuadVsLuscCi()).isPresent();
        assertThat(e.headline())
                .containsKeys(
                        "accuracy",
                        "accuracy_ci_lower",
                        "accuracy_ci_upper",
                        "macro_auc",
                        "auc_luad_vs_lusc",
                        "brier",
                        "brier_ci_upper");
        assertThat(e.accuracyCi().lower()).isLessThan(e.accuracy());
    }

    @Test
    void leavesThePairAucOutForOtherClasses() {
        PatchEvaluation e =
                PatchEvaluation.of(cases(), List.of("a", "b", "c"), new Bootstrap(50, 0.95), new SplittableRandom(1));
        assertThat(e.aucLuadVsLusc()).isEmpty();
        assertThat(e.headline()).doesNotContainKey("auc_luad_vs_lusc");
    }
}
