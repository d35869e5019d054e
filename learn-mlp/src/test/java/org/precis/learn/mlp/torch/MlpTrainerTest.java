package org.precis.learn.mlp.torch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.learn.mlp.MlpModel;
import org.precis.learn.mlp.MlpSettings;

/** The real PyTorch engine (offline, CPU) on small synthetic problems. */
class MlpTrainerTest {

    /** Three classes, each shifted along its own feature, plus an XOR-like class needing the hidden layer. */
    static double[][] rows(int n, int[] y, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][6];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 6; j++) {
                x[i][j] = random.nextGaussian();
            }
            x[i][y[i]] += 2.5;
        }
        return x;
    }

    private static final MlpSettings SETTINGS = new MlpSettings(16, 0.2, 1e-4, 0.01, 32, 40);

    @Test
    void learnsAndIsReproducibleFromItsSeed() {
        int[] y = new int[150];
        double[][] x = rows(150, y, 1);
        MlpModel first = new MlpTrainer(SETTINGS).fit(x, y, 3, 7);
        MlpModel again = new MlpTrainer(SETTINGS).fit(x, y, 3, 7);
        assertThat(again).isEqualTo(first);
        int[] testY = new int[300];
        double[][] test = rows(300, testY, 2);
        int correct = 0;
        for (int i = 0; i < test.length; i++) {
            double[] p = first.probabilities(test[i]);
            int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
            correct += best == testY[i] ? 1 : 0;
        }
        // Bayes accuracy of this problem is about 0.89; chance is 1/3.
        assertThat(correct / 300.0).isGreaterThan(0.8);
        assertThat(new MlpTrainer(SETTINGS).fit(x, y, 3, 8)).isNotEqualTo(first);
    }

    @Test
    void checkpointsAreTheModelsOfShorterRuns() {
        int[] y = new int[90];
        double[][] x = rows(90, y, 3);
        List<MlpModel> checkpoints = new MlpTrainer(SETTINGS).fit(x, y, 3, new int[] {5, 12}, 4);
        assertThat(checkpoints).hasSize(2);
        assertThat(checkpoints.get(0)).isEqualTo(new MlpTrainer(SETTINGS.withEpochs(5)).fit(x, y, 3, 4));
        assertThat(checkpoints.get(1)).isEqualTo(new MlpTrainer(SETTINGS.withEpochs(12)).fit(x, y, 3, 4));
    }

    // The unused Model keeps a PyTorch model context open while the block is built and run.
    @SuppressWarnings("try")
    @Test
    void thePlainJavaForwardPassAgreesWithDjls() {
        int[] y = new int[90];
        double[][] x = rows(90, y, 5);
        MlpModel fitted = new MlpTrainer(SETTINGS).fit(x, y, 3, 6);
        MlpTrainer.engine();
        try (Model model = Model.newInstance("check", Device.cpu(), "PyTorch");
                NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
            Block block = MlpTrainer.block(SETTINGS, 3);
            block.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, new Shape(1, 6));
            ai.djl.nn.ParameterList parameters = block.getParameters();
            set(parameters.valueAt(0), manager, fitted.hiddenWeights());
            set(parameters.valueAt(1), manager, new double[][] {fitted.hiddenBiases()});
            set(parameters.valueAt(2), manager, fitted.outputWeights());
            set(parameters.valueAt(3), manager, new double[][] {fitted.outputBiases()});
            float[] z = new float[x.length * 6];
            for (int i = 0; i < x.length; i++) {
                double[] s = fitted.standardisation().apply(x[i]);
                for (int j = 0; j < 6; j++) {
                    z[i * 6 + j] = (float) s[j];
                }
            }
            NDArray logits = block.forward(
                            new ParameterStore(manager, false),
                            new NDList(manager.create(z, new Shape(x.length, 6))),
                            false)
                    .singletonOrThrow();
            float[] djl = logits.softmax(1).toFloatArray();
            double maxDifference = 0;
            for (int i = 0; i < x.length; i++) {
                double[] java = fitted.probabilities(x[i]);
                for (int k = 0; k < 3; k++) {
                    maxDifference = Math.max(maxDifference, Math.abs(java[k] - djl[i * 3 + k]));
                }
            }
            assertThat(maxDifference).isLessThan(1e-5);
        }
    }

    private static void set(ai.djl.nn.Parameter parameter, NDManager manager, double[][] values) {
        long[] shape = parameter.getArray().getShape().getShape();
        float[] flat = new float[values.length * values[0].length];
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                flat[r * values[r].length + c] = (float) values[r][c];
            }
        }
        parameter.getArray().set(manager.create(flat, new Shape(shape)).toFloatArray());
    }
}
