package org.precis.federation.evaluation;

import java.util.OptionalDouble;
import org.precis.learn.metrics.ClassProbabilities;

/**
 * One head's figures on a site's validation rows: accuracy, mean log loss (cross-entropy of the
 * true class, its probability floored at 1e-15 as scikit-learn's {@code log_loss} historically
 * clipped it), multiclass Brier score (Brier 1950) and, where every class occurs among the rows,
 * the macro one-vs-rest AUC (the unweighted mean of each class's AUC against the rest, as
 * scikit-learn's {@code roc_auc_score(multi_class="ovr", average="macro")}).
 */
public record HeadMetrics(double accuracy, double logLoss, double brier, OptionalDouble auc) {
    /** The floor under a true class's probability in the log loss. */
    public static final double PROBABILITY_FLOOR = ClassProbabilities.PROBABILITY_FLOOR;

    public HeadMetrics {
        if (!Double.isFinite(accuracy) || !Double.isFinite(logLoss) || !Double.isFinite(brier)) {
            throw new IllegalArgumentException(
                    "metrics must be finite: accuracy " + accuracy + ", log loss " + logLoss + ", Brier " + brier);
        }
        if (auc.isPresent() && !Double.isFinite(auc.getAsDouble())) {
            throw new IllegalArgumentException("the AUC must be finite or absent, got " + auc.getAsDouble());
        }
    }

    /** The figures of {@code cases} (learn's accuracy, Brier score and macro AUC; the log loss here). */
    public static HeadMetrics of(ClassProbabilities cases) {
        double auc = cases.macroAuc();
        return new HeadMetrics(
                cases.accuracy(),
                logLoss(cases),
                cases.brier(),
                Double.isNaN(auc) ? OptionalDouble.empty() : OptionalDouble.of(auc));
    }

    /** Mean over the cases of -log p(true class), each probability floored at {@link #PROBABILITY_FLOOR}. */
    public static double logLoss(ClassProbabilities cases) {
        return cases.logLoss();
    }
}
