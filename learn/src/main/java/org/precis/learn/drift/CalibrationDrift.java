package org.precis.learn.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.precis.learn.metrics.Reliability;
import org.precis.learn.metrics.ReliabilityBin;

/**
 * How well a model's predictions on a site's labelled patches are calibrated: accuracy, mean log
 * loss, multiclass Brier score and the expected calibration error of the top-class probability
 * (Guo et al. 2017; {@link #BINS} equal-width bins), each with a 95% percentile bootstrap interval;
 * each class's one-vs-rest calibration error; the reliability table; and the differences to the
 * figures recorded in the model's provenance.
 *
 * @param classwiseEce each class's one-vs-rest expected calibration error ({@link ClasswiseCalibration})
 * @param againstProvenance the site's figures beside the provenance's, where recorded
 */
public record CalibrationDrift(
        int n,
        Estimate accuracy,
        Estimate logLoss,
        Estimate brier,
        Estimate expectedCalibrationError,
        double[] classwiseEce,
        Reliability reliability,
        List<RecordedComparison> againstProvenance) {

    /** Bins of the reliability table and of both calibration errors. */
    public static final int BINS = 10;

    public CalibrationDrift {
        Objects.requireNonNull(accuracy, "accuracy");
        Objects.requireNonNull(logLoss, "logLoss");
        Objects.requireNonNull(brier, "brier");
        Objects.requireNonNull(expectedCalibrationError, "expectedCalibrationError");
        Objects.requireNonNull(reliability, "reliability");
        classwiseEce = classwiseEce.clone();
        againstProvenance = List.copyOf(againstProvenance);
    }

    @Override
    public double[] classwiseEce() {
        return classwiseEce.clone();
    }

    /** The headline figures by their names in the report and in {@link RecordedComparison#KEYS}. */
    public Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("accuracy", accuracy.value());
        figures.put("log_loss", logLoss.value());
        figures.put("brier", brier.value());
        figures.put("expected_calibration_error", expectedCalibrationError.value());
        return figures;
    }

    /**
     * The reliability table with every bin holding at least {@code minimumCount} cases: bins are
     * merged left to right with their neighbours until each reaches the count (a short remainder
     * joins the last merged bin); counts, mean confidence and accuracy are pooled case-weighted.
     * Empty when all cases together are fewer than {@code minimumCount}.
     */
    public List<ReliabilityBin> reliabilityAtLeast(int minimumCount) {
        if (minimumCount < 1) {
            throw new IllegalArgumentException("the minimum count must be positive: " + minimumCount);
        }
        List<ReliabilityBin> merged = new ArrayList<>();
        ReliabilityBin open = null;
        for (ReliabilityBin bin : reliability.bins()) {
            open = open == null ? bin : merge(open, bin);
            if (open.count() >= minimumCount) {
                merged.add(open);
                open = null;
            }
        }
        if (open != null && !merged.isEmpty()) {
            merged.set(merged.size() - 1, merge(merged.get(merged.size() - 1), open));
        }
        return List.copyOf(merged);
    }

    private static ReliabilityBin merge(ReliabilityBin a, ReliabilityBin b) {
        int count = a.count() + b.count();
        return new ReliabilityBin(
                Math.min(a.lower(), b.lower()),
                Math.max(a.upper(), b.upper()),
                count,
                (a.count() * a.meanConfidence() + b.count() * b.meanConfidence()) / count,
                (a.count() * a.accuracy() + b.count() * b.accuracy()) / count);
    }
}
