package org.precis.federation.training;

import java.util.Locale;

/** Which sums a round of federated head training asks the sites for. */
enum TrainingStage {
    /** Training and validation counts, each class's training count, each feature's sum. */
    SUMS,
    /** Each feature's sum of squared deviations from the pooled mean. */
    SPREAD,
    /** Each site's weighted model update and its validation sums of the global model. */
    TRAIN,
    /** The validation sums of the last model. */
    FINAL;

    String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TrainingStage fromJsonName(String name) {
        for (TrainingStage stage : values()) {
            if (stage.jsonName().equals(name)) {
                return stage;
            }
        }
        throw new IllegalArgumentException("unknown training stage '" + name + "'");
    }

    /** The vector length a site answers with. */
    int vectorLength(TrainingSettings settings) {
        int k = settings.classCount();
        int d = settings.dimension();
        return switch (this) {
            case SUMS -> settings.isPrivate() ? 2 + k : 2 + k + d;
            case SPREAD -> d;
            case TRAIN ->
                settings.isPrivate()
                        ? settings.parameterCount()
                        : settings.parameterCount() + ValidationSums.LENGTH + 1;
            case FINAL -> ValidationSums.LENGTH;
        };
    }
}
