package org.precis.cells.classify;

import java.util.Objects;

/**
 * How a cell classifier is trained from a point-annotated set: the set's pixel size (µm/px), the
 * jittered views per class, the head and fold settings, the seed of every random choice (jitter,
 * folds, bootstrap) and the bootstrap replicates of the reported intervals.
 */
public record TrainingSettings(
        double mpp, JitterPlan jitter, ClassifierSettings classifier, long seed, int bootstrapReplicates) {

    public TrainingSettings {
        if (!(mpp >= CellClassifier.MIN_MPP && mpp <= CellClassifier.MAX_MPP)) {
            throw new IllegalArgumentException("pixel size " + mpp + " µm/px is outside " + CellClassifier.MIN_MPP
                    + ".." + CellClassifier.MAX_MPP + " µm/px");
        }
        Objects.requireNonNull(jitter, "jitter");
        Objects.requireNonNull(classifier, "classifier");
        if (bootstrapReplicates < 10) {
            throw new IllegalArgumentException("need at least 10 bootstrap replicates: " + bootstrapReplicates);
        }
    }

    /** BreCaHAD's estimated 0.32 µm/px, the standard jitter and head settings, seed 20261206, 1000 replicates. */
    public static TrainingSettings standard() {
        return new TrainingSettings(0.32, JitterPlan.standard(), ClassifierSettings.standard(), 20261206L, 1000);
    }
}
