package org.precis.learn.mlp.torch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.precis.learn.ClassifierHead;
import org.precis.learn.mlp.MlpSettings;
import org.precis.learn.validation.HeadFamily;

/**
 * MLP heads over a grid of weight decays and epoch budgets, the other settings fixed: every
 * budget of one weight decay is scored from the checkpoints of a single run. Every fit uses the
 * same seed, so a setting refitted on the same rows gives the same head. Fitted on one row per
 * case only: training on every view of every patch would multiply the cost by the view count.
 */
public final class MlpHeads implements HeadFamily {

    private final MlpSettings base;
    private final List<Double> weightDecays;
    private final int[] epochBudgets;
    private final long seed;

    /** {@code base} gives hidden units, dropout, learning rate and batch size. */
    public MlpHeads(MlpSettings base, List<Double> weightDecays, int[] epochBudgets, long seed) {
        if (weightDecays.isEmpty() || epochBudgets.length == 0) {
            throw new IllegalArgumentException("need at least one weight decay and one epoch budget");
        }
        for (int i = 1; i < epochBudgets.length; i++) {
            if (epochBudgets[i] <= epochBudgets[i - 1]) {
                throw new IllegalArgumentException("epoch budgets must ascend");
            }
        }
        this.base = base;
        this.weightDecays = List.copyOf(weightDecays);
        this.epochBudgets = epochBudgets.clone();
        this.seed = seed;
    }

    @Override
    public String name() {
        return "mlp";
    }

    @Override
    public int settingCount() {
        return weightDecays.size() * epochBudgets.length;
    }

    /** The full settings of grid point {@code setting}. */
    public MlpSettings settings(int setting) {
        return new MlpSettings(
                base.hiddenUnits(),
                base.dropout(),
                weightDecays.get(setting / epochBudgets.length),
                base.learningRate(),
                base.batchSize(),
                epochBudgets[setting % epochBudgets.length]);
    }

    public long seed() {
        return seed;
    }

    @Override
    public Map<String, String> recordedParameters() {
        return Map.of("mlp_seed", Long.toString(seed));
    }

    @Override
    public String describe(int setting) {
        MlpSettings s = settings(setting);
        return String.format(
                Locale.ROOT,
                "MLP %d hidden, dropout %s, weight decay %s, lr %s, batch %d, %d epochs",
                s.hiddenUnits(),
                s.dropout(),
                s.weightDecay(),
                s.learningRate(),
                s.batchSize(),
                s.epochs());
    }

    @Override
    public boolean accepts(int rowsPerCase) {
        return rowsPerCase == 1;
    }

    @Override
    public List<ClassifierHead> fitForScoring(double[][] rows, int[] classIndex, int classCount) {
        List<ClassifierHead> heads = new ArrayList<>();
        for (int d = 0; d < weightDecays.size(); d++) {
            MlpSettings longest = settings(d * epochBudgets.length + epochBudgets.length - 1);
            heads.addAll(new MlpTrainer(longest).fit(rows, classIndex, classCount, epochBudgets, seed));
        }
        return heads;
    }

    @Override
    public ClassifierHead fit(int setting, double[][] rows, int[] classIndex, int classCount) {
        return new MlpTrainer(settings(setting)).fit(rows, classIndex, classCount, seed);
    }
}
