package org.precis.learn.patch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.metrics.ConfidenceInterval;
import org.precis.learn.metrics.Reliability;

/**
 * The figures of a patch classifier on labelled cases: accuracy, macro one-vs-rest AUC, the
 * LUAD-vs-LUSC AUC (when both classes are present), multiclass Brier score, each with a
 * percentile bootstrap interval; the confusion matrix and the reliability bins.
 */
public record PatchEvaluation(
        int n,
        List<String> classNames,
        double accuracy,
        ConfidenceInterval accuracyCi,
        double macroAuc,
        ConfidenceInterval macroAucCi,
        Optional<Double> aucLuadVsLusc,
        Optional<ConfidenceInterval> aucLuadVsLuscCi,
        double brier,
        ConfidenceInterval brierCi,
        long[][] confusion,
        Reliability reliability) {

    /** Bins of the reliability diagram. */
    public static final int RELIABILITY_BINS = 10;

    public PatchEvaluation {
        classNames = List.copyOf(classNames);
    }

    /** Evaluates {@code cases}; {@code random} drives the bootstrap. */
    public static PatchEvaluation of(
            ClassProbabilities cases, List<String> classNames, Bootstrap bootstrap, RandomGenerator random) {
        if (classNames.size() != cases.classCount()) {
            throw new IllegalArgumentException(
                    classNames.size() + " class names for " + cases.classCount() + " classes");
        }
        Optional<int[]> pair = LungSubtypes.luadAndLusc(classNames);
        Optional<Double> pairAuc = pair.map(p -> cases.pairAuc(p[1], p[0])).filter(v -> !v.isNaN());
        Optional<ConfidenceInterval> pairCi =
                pairAuc.map(v -> pair.map(p -> bootstrap.interval(cases, c -> c.pairAuc(p[1], p[0]), random))
                        .orElseThrow());
        return new PatchEvaluation(
                cases.size(),
                classNames,
                cases.accuracy(),
                bootstrap.interval(cases, ClassProbabilities::accuracy, random),
                cases.macroAuc(),
                bootstrap.interval(cases, ClassProbabilities::macroAuc, random),
                pairAuc,
                pairCi,
                cases.brier(),
                bootstrap.interval(cases, ClassProbabilities::brier, random),
                cases.confusion(),
                Reliability.of(cases, RELIABILITY_BINS));
    }

    /** The headline figures with their interval bounds, as named in a model's provenance. */
    public Map<String, Double> headline() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("n", (double) n);
        put(figures, "accuracy", accuracy, accuracyCi);
        put(figures, "macro_auc", macroAuc, macroAucCi);
        aucLuadVsLusc.ifPresent(v -> put(figures, "auc_luad_vs_lusc", v, aucLuadVsLuscCi.orElseThrow()));
        put(figures, "brier", brier, brierCi);
        figures.put("expected_calibration_error", reliability.expectedCalibrationError());
        return figures;
    }

    private static void put(Map<String, Double> figures, String name, double value, ConfidenceInterval ci) {
        figures.put(name, value);
        figures.put(name + "_ci_lower", ci.lower());
        figures.put(name + "_ci_upper", ci.upper());
    }
}
