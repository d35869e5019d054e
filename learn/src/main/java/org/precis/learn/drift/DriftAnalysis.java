package org.precis.learn.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.precis.embed.patches.PatchSet;
import org.precis.learn.StandardisedHead;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.metrics.Reliability;
import org.precis.learn.patch.PatchClassifier;

/**
 * Computes a {@link DriftReport}: the site's patch vectors against the logistic head's training
 * moments ({@link EmbeddingDrift}) and the head's predictions against the patches' labels ({@link
 * CalibrationDrift}, percentile bootstrap intervals of {@code bootstrapReplicates} draws). All
 * randomness (the baseline's halves, the bootstrap draws) comes from {@code seed}: the same inputs
 * give the same report.
 */
public final class DriftAnalysis {

    /** The intervals' level. */
    public static final double LEVEL = 0.95;

    private final Bootstrap bootstrap;
    private final long seed;

    public DriftAnalysis(int bootstrapReplicates, long seed) {
        this.bootstrap = new Bootstrap(bootstrapReplicates, LEVEL);
        this.seed = seed;
    }

    /**
     * The drift of patch set {@code set} against {@code model}; the set must be embedded with the
     * model's recipe, hold its classes in its order, and the model's head carry its standardisation
     * (the multinomial logistic and the MLP head).
     *
     * @throws IllegalArgumentException a one-line reason when they do not fit
     */
    public DriftReport analyse(PatchClassifier model, PatchSet set) {
        if (!(model.head() instanceof StandardisedHead head)) {
            throw new IllegalArgumentException(
                    "the model's head is a " + model.head().getClass().getSimpleName()
                            + ", which carries no standardisation: drift is measured against a head's training moments");
        }
        if (!set.recipe().equals(model.recipe())) {
            throw new IllegalArgumentException("the patches were embedded with another recipe than the model's");
        }
        if (!set.classNames().equals(model.classNames())) {
            throw new IllegalArgumentException(
                    "the patches' classes " + set.classNames() + " are not the model's " + model.classNames());
        }
        double[][] rows = new double[set.count()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = set.feature(i);
        }
        return analyse(model.classNames(), head, model.provenance().metrics(), rows, set.classIndex());
    }

    /**
     * The drift of {@code rows} (raw patch vectors) of classes {@code truth} against {@code head},
     * its site figures compared with {@code recorded} (a provenance's metrics; empty for none).
     */
    public DriftReport analyse(
            List<String> classNames,
            StandardisedHead head,
            Map<String, Double> recorded,
            double[][] rows,
            int[] truth) {
        if (classNames.size() != head.classCount()) {
            throw new IllegalArgumentException(
                    classNames.size() + " class names for a head of " + head.classCount() + " classes");
        }
        if (rows.length < EmbeddingDrift.MINIMUM_ROWS) {
            throw new IllegalArgumentException("need at least " + EmbeddingDrift.MINIMUM_ROWS
                    + " labelled patches to measure drift, got " + rows.length);
        }
        boolean recordsMoments = EmbeddingDrift.recordsTrainingMoments(head.standardisation());
        Optional<EmbeddingDrift> embedding = recordsMoments
                ? Optional.of(EmbeddingDrift.of(rows, head.standardisation(), new SplittableRandom(seed)))
                : Optional.empty();
        double[][] probabilities = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            probabilities[i] = head.probabilities(rows[i]);
        }
        ClassProbabilities cases = new ClassProbabilities(truth, probabilities, head.classCount());
        return new DriftReport(classNames, rows.length, recordsMoments, embedding, calibration(cases, recorded));
    }

    private CalibrationDrift calibration(ClassProbabilities cases, Map<String, Double> recorded) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        Estimate accuracy = estimate(cases, ClassProbabilities::accuracy, random);
        Estimate logLoss = estimate(cases, ClassProbabilities::logLoss, random);
        Estimate brier = estimate(cases, ClassProbabilities::brier, random);
        Estimate ece =
                estimate(cases, c -> Reliability.of(c, CalibrationDrift.BINS).expectedCalibrationError(), random);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("accuracy", accuracy.value());
        figures.put("log_loss", logLoss.value());
        figures.put("brier", brier.value());
        figures.put("expected_calibration_error", ece.value());
        List<RecordedComparison> comparisons = RecordedComparison.of(figures, recorded);
        return new CalibrationDrift(
                cases.size(),
                accuracy,
                logLoss,
                brier,
                ece,
                ClasswiseCalibration.of(cases, CalibrationDrift.BINS).expectedCalibrationErrors(),
                Reliability.of(cases, CalibrationDrift.BINS),
                comparisons);
    }

    private Estimate estimate(
            ClassProbabilities cases, ToDoubleFunction<ClassProbabilities> figure, SplittableRandom random) {
        return new Estimate(figure.applyAsDouble(cases), bootstrap.interval(cases, figure, random));
    }
}
