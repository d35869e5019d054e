package org.precis.learn.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.learn.mlp.MlpModel;
import org.precis.learn.mlp.MlpSettings;
import org.precis.learn.mlp.torch.MlpHeads;
import org.precis.learn.mlp.torch.MlpTrainer;

class MlpModelSelectionTest {

    /** Two classes separated only by the sign of x0·x1 (XOR): no linear head can do better than chance. */
    static LabelledFeatures xor(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                rows[i][j] = random.nextGaussian();
            }
            y[i] = rows[i][0] * rows[i][1] > 0 ? 1 : 0;
        }
        double[][][] views = new double[n][2][];
        for (int i = 0; i < n; i++) {
            views[i][0] = rows[i];
            views[i][1] = rows[i].clone();
        }
        LabelledFeatures one = LabelledFeatures.oneRowPerCase(java.util.Collections.singletonList(rows), y, 2);
        return new LabelledFeatures(List.of(one.variants().get(0), views), y, 2);
    }

    private static final MlpHeads MLP =
            new MlpHeads(new MlpSettings(16, 0.1, 0, 0.02, 16, 1), List.of(1e-4), new int[] {5, 60}, 3);

    @Test
    void scoresEveryFamilyOnTheSameFoldsAndPrefersTheMlpWhereOnlyItCanFit() {
        ModelSelection selection = new ModelSelection(3, List.of(new LogisticHeads(List.of(1.0, 0.01)), MLP));
        LabelledFeatures data = xor(120, 1);
        List<ModelSelection.Score> scores = selection.scores(data, ModelSelection.all(120), new SplittableRandom(2));
        // Variant 0: 2 logistic + 2 MLP settings; variant 1 has two rows per case, which the MLP family skips.
        assertThat(scores)
                .extracting(ModelSelection.Score::candidate)
                .containsExactly(
                        new Candidate(0, 0, 0),
                        new Candidate(0, 0, 1),
                        new Candidate(0, 1, 0),
                        new Candidate(0, 1, 1),
                        new Candidate(1, 0, 0),
                        new Candidate(1, 0, 1));
        Candidate best = ModelSelection.best(scores, null, null);
        assertThat(best).isEqualTo(new Candidate(0, 1, 1));
        assertThat(selection.describe(best)).contains("60 epochs");
        // The logistic heads cannot beat the log loss of always saying one half.
        assertThat(scores.get(0).logLoss()).isGreaterThan(0.6);
        assertThat(scores.get(3).logLoss()).isLessThan(0.5);
    }

    @Test
    void aChosenMlpSettingIsRefittedAsItWasScored() {
        LabelledFeatures data = xor(60, 4);
        int[] all = ModelSelection.all(60);
        MlpModel scored = (MlpModel)
                MLP.fitForScoring(data.rows(0, all), data.rowClasses(0, all), 2).get(1);
        MlpModel refitted = (MlpModel) MLP.fit(1, data.rows(0, all), data.rowClasses(0, all), 2);
        assertThat(refitted).isEqualTo(scored);
        assertThat(MLP.settings(1)).isEqualTo(new MlpSettings(16, 0.1, 1e-4, 0.02, 16, 60));
        assertThat(new MlpTrainer(MLP.settings(1)).fit(data.rows(0, all), data.rowClasses(0, all), 2, 3))
                .isEqualTo(refitted);
    }
}
