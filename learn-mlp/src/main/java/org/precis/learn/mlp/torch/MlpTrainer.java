package org.precis.learn.mlp.torch;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.mlp.MlpModel;
import org.precis.learn.mlp.MlpSettings;

/**
 * Trains the MLP head with DJL's PyTorch engine on the CPU: standardised features, Xavier
 * initialisation, softmax cross-entropy, Adam with weight decay, mini-batches in an order drawn
 * from the seed. The engine's generator is seeded too (initial weights, dropout masks), so a fit
 * is reproducible. Run offline, the native library comes from the pytorch-native-cpu jar, never
 * from a download.
 */
public final class MlpTrainer {

    private static final String ENGINE = "PyTorch";

    private final MlpSettings settings;

    public MlpTrainer(MlpSettings settings) {
        this.settings = settings;
    }

    public MlpSettings settings() {
        return settings;
    }

    /**
     * The PyTorch engine. The application tells DJL to stay offline ({@code ai.djl.offline=true},
     * set by the {@code precis} main and the test configuration, or {@code DJL_OFFLINE=true}):
     * library code sets no global properties.
     */
    static Engine engine() {
        return Engine.getEngine(ENGINE);
    }

    /** The model after {@code settings.epochs()} epochs. */
    public MlpModel fit(double[][] rows, int[] classIndex, int classCount, long seed) {
        return fit(rows, classIndex, classCount, new int[] {settings.epochs()}, seed)
                .get(0);
    }

    /**
     * The models after each of {@code checkpoints} epochs (ascending, the last at most
     * {@code settings.epochs()}) of one training run: an epoch budget can be chosen without
     * training once per budget.
     */
    public List<MlpModel> fit(double[][] rows, int[] classIndex, int classCount, int[] checkpoints, long seed) {
        if (rows.length != classIndex.length || rows.length < 1) {
            throw new IllegalArgumentException("need one class per row and at least one row");
        }
        for (int i = 1; i < checkpoints.length; i++) {
            if (checkpoints[i] <= checkpoints[i - 1]) {
                throw new IllegalArgumentException("checkpoints must ascend: " + Arrays.toString(checkpoints));
            }
        }
        Standardisation standardisation = Standardisation.fit(rows);
        int n = rows.length;
        int dimension = rows[0].length;
        float[] z = new float[n * dimension];
        for (int i = 0; i < n; i++) {
            double[] s = standardisation.apply(rows[i]);
            for (int j = 0; j < dimension; j++) {
                z[i * dimension + j] = (float) s[j];
            }
        }
        Engine engine = engine();
        engine.setRandomSeed((int) seed);
        SplittableRandom order = new SplittableRandom(seed);
        List<MlpModel> models = new ArrayList<>();
        try (Model model = Model.newInstance("mlp-head", Device.cpu(), ENGINE)) {
            model.setBlock(block(settings, classCount));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam()
                            .optLearningRateTracker(Tracker.fixed((float) settings.learningRate()))
                            .optWeightDecays((float) settings.weightDecay())
                            .build())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, dimension));
                NDManager manager = trainer.getManager();
                int[] permutation = new int[n];
                for (int i = 0; i < n; i++) {
                    permutation[i] = i;
                }
                int next = 0;
                for (int epoch = 1; epoch <= checkpoints[checkpoints.length - 1]; epoch++) {
                    shuffle(permutation, order);
                    for (int start = 0; start < n; start += settings.batchSize()) {
                        int size = Math.min(settings.batchSize(), n - start);
                        float[] x = new float[size * dimension];
                        float[] y = new float[size];
                        for (int b = 0; b < size; b++) {
                            int i = permutation[start + b];
                            System.arraycopy(z, i * dimension, x, b * dimension, dimension);
                            y[b] = classIndex[i];
                        }
                        try (NDManager batch = manager.newSubManager()) {
                            NDArray features = batch.create(x, new Shape(size, dimension));
                            NDArray labels = batch.create(y, new Shape(size));
                            try (GradientCollector collector = trainer.newGradientCollector()) {
                                NDArray logits =
                                        trainer.forward(new NDList(features)).singletonOrThrow();
                                NDArray loss = trainer.getLoss().evaluate(new NDList(labels), new NDList(logits));
                                collector.backward(loss);
                            }
                            trainer.step();
                        }
                    }
                    if (epoch == checkpoints[next]) {
                        models.add(extract(model.getBlock(), standardisation));
                        next++;
                    }
                }
            }
        }
        return models;
    }

    static Block block(MlpSettings settings, int classCount) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(settings.hiddenUnits()).build())
                .add(Activation::relu)
                .add(Dropout.builder().optRate((float) settings.dropout()).build())
                .add(Linear.builder().setUnits(classCount).build());
    }

    /** The block's weights as a plain-Java model (Linear weights are [out, in]). */
    static MlpModel extract(Block block, Standardisation standardisation) {
        List<NDArray> arrays = new ArrayList<>();
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            arrays.add(parameter.getValue().getArray());
        }
        if (arrays.size() != 4) {
            throw new IllegalStateException("expected 4 parameter arrays in the MLP block, found " + arrays.size());
        }
        return new MlpModel(
                standardisation,
                matrix(arrays.get(0)),
                vector(arrays.get(1)),
                matrix(arrays.get(2)),
                vector(arrays.get(3)));
    }

    private static double[][] matrix(NDArray array) {
        long[] shape = array.getShape().getShape();
        float[] values = array.toFloatArray();
        double[][] rows = new double[(int) shape[0]][(int) shape[1]];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                rows[r][c] = values[r * rows[r].length + c];
            }
        }
        return rows;
    }

    private static double[] vector(NDArray array) {
        float[] values = array.toFloatArray();
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
