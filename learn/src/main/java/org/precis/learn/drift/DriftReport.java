package org.precis.learn.drift;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A site's drift against a patch classifier: the embedding shift against the training moments
 * (absent when the model records none: a differentially private federated head's standardisation
 * is a public constant scale and mean 0) and the calibration of its predictions on the site's
 * labelled patches. Written as JSON by {@link DriftJson}.
 *
 * @param classNames the model's classes, in its order
 * @param n the site's labelled patches
 * @param trainingMomentsRecorded whether the model holds its training data's moments
 */
public record DriftReport(
        List<String> classNames,
        int n,
        boolean trainingMomentsRecorded,
        Optional<EmbeddingDrift> embedding,
        CalibrationDrift calibration) {

    /** What the report says in place of the embedding shift when the model records no training moments. */
    public static final String NO_MOMENTS = "training moments not recorded: the model's standardisation is a"
            + " public constant scale with mean 0 (a differentially private federated head), so the embedding"
            + " shift against its training data cannot be measured";

    public DriftReport {
        classNames = List.copyOf(classNames);
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(calibration, "calibration");
        if (embedding.isPresent() != trainingMomentsRecorded) {
            throw new IllegalArgumentException("an embedding shift goes with recorded training moments, and only then");
        }
    }
}
