package org.precis.learn.mlp;

/**
 * Hyper-parameters of the MLP head: hidden units, dropout rate after the hidden layer, weight
 * decay (Adam's L2 term on all weights), learning rate, mini-batch size and epochs.
 */
public record MlpSettings(
        int hiddenUnits, double dropout, double weightDecay, double learningRate, int batchSize, int epochs) {

    public MlpSettings {
        if (hiddenUnits < 1 || batchSize < 1 || epochs < 1) {
            throw new IllegalArgumentException("hidden units, batch size and epochs must be >= 1");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1): " + dropout);
        }
        if (!(weightDecay >= 0)
                || !(learningRate > 0)
                || Double.isInfinite(weightDecay)
                || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("weight decay must be >= 0 and learning rate > 0, both finite");
        }
    }

    /** These settings with another epoch budget. */
    public MlpSettings withEpochs(int newEpochs) {
        return new MlpSettings(hiddenUnits, dropout, weightDecay, learningRate, batchSize, newEpochs);
    }
}
