package org.precis.cli;

import java.util.ArrayList;
import java.util.List;
import org.precis.learn.mlp.MlpSettings;
import org.precis.learn.mlp.MlpTraining;
import org.precis.learn.validation.HeadFamily;
import org.precis.learn.validation.LogisticHeads;
import org.precis.learn.validation.ModelSelection;
import picocli.CommandLine.Option;

/** The head families cross-validation chooses among, and their grids (shared by train and ablation). */
final class PatchHeadOptions {

    /** A kind of classifier head. */
    enum HeadKind {
        LOGISTIC,
        MLP
    }

    @Option(
            names = "--heads",
            split = ",",
            paramLabel = "KIND",
            defaultValue = "logistic",
            converter = HeadKindConverter.class,
            description = "Head families to choose among: logistic, mlp (mlp needs a build with -Pmlp: PyTorch;"
                    + " default ${DEFAULT-VALUE}).")
    List<HeadKind> heads = new ArrayList<>();

    @Option(
            names = "--l2",
            split = ",",
            paramLabel = "LAMBDA",
            defaultValue = "0.3,0.1,0.03,0.01,0.003,0.001",
            description = "L2 penalties of the logistic head (default ${DEFAULT-VALUE}).")
    List<Double> penalties = new ArrayList<>();

    @Option(names = "--mlp-hidden", defaultValue = "256", description = "MLP hidden units (default ${DEFAULT-VALUE}).")
    int mlpHidden;

    @Option(names = "--mlp-dropout", defaultValue = "0.5", description = "MLP dropout rate (default ${DEFAULT-VALUE}).")
    double mlpDropout;

    @Option(
            names = "--mlp-learning-rate",
            defaultValue = "0.002",
            description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    double mlpLearningRate;

    @Option(
            names = "--mlp-batch",
            defaultValue = "128",
            description = "MLP mini-batch size (default ${DEFAULT-VALUE}).")
    int mlpBatch;

    @Option(
            names = "--mlp-weight-decay",
            split = ",",
            defaultValue = "0.001",
            description = "MLP weight decays to choose from (default ${DEFAULT-VALUE}).")
    List<Double> mlpWeightDecays = new ArrayList<>();

    @Option(
            names = "--mlp-epochs",
            split = ",",
            defaultValue = "15,30,60",
            description = "MLP epoch budgets to choose from, ascending (default ${DEFAULT-VALUE}).")
    List<Integer> mlpEpochs = new ArrayList<>();

    /** The selection over the chosen head families; the MLP's generator is seeded with {@code seed}. */
    ModelSelection selection(int innerFolds, long seed) {
        List<HeadFamily> families = new ArrayList<>();
        for (HeadKind kind : heads.stream().distinct().toList()) {
            families.add(
                    switch (kind) {
                        case LOGISTIC -> new LogisticHeads(penalties);
                        case MLP ->
                            mlpTraining()
                                    .heads(
                                            new MlpSettings(mlpHidden, mlpDropout, 0, mlpLearningRate, mlpBatch, 1),
                                            mlpWeightDecays,
                                            mlpEpochs.stream()
                                                    .mapToInt(Integer::intValue)
                                                    .toArray(),
                                            seed);
                    });
        }
        return new ModelSelection(innerFolds, families);
    }

    /** MLP training, present when precis was built with the learn-mlp module ({@code -Pmlp}). */
    private static MlpTraining mlpTraining() {
        return MlpTraining.installed()
                .orElseThrow(() -> new IllegalArgumentException("the mlp head needs PyTorch,"
                        + " which this build leaves out: rebuild with `mvn -B -o package -DskipTests -Pmlp` or choose"
                        + " --heads logistic"));
    }

    /** Accepts the kinds in lower case. */
    static final class HeadKindConverter implements picocli.CommandLine.ITypeConverter<HeadKind> {
        @Override
        public HeadKind convert(String value) {
            return HeadKind.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
