package org.precis.federation.evaluation;

import java.util.Locale;
import java.util.Optional;
import org.precis.learn.metrics.ConfidenceInterval;

/**
 * How a site decides that the candidate head is better on its validation rows. Against a baseline:
 * the accuracy difference (candidate − baseline) is at least 0, the lower bound of its paired
 * bootstrap 95% interval is above {@code -margin} (the candidate is not credibly worse by more than
 * the margin), and the mean log loss is lower (strictly: an identical head is not better). Without
 * a baseline: the lower bound of the candidate's accuracy interval is at least {@code minAccuracy}.
 *
 * @param margin how much worse in accuracy the interval may reach, in [0, 1)
 * @param minAccuracy the accuracy a first model must credibly reach, in [0, 1]
 */
public record PromotionRule(double margin, double minAccuracy) {
    public static final double DEFAULT_MARGIN = 0.02;
    public static final double DEFAULT_MIN_ACCURACY = 0.5;

    public PromotionRule {
        if (!(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must be in [0, 1), got " + margin);
        }
        if (!(minAccuracy >= 0 && minAccuracy <= 1)) {
            throw new IllegalArgumentException("min_accuracy must be in [0, 1], got " + minAccuracy);
        }
    }

    /**
     * The verdict; {@code interval} is of the accuracy difference with a baseline, of the
     * candidate's accuracy without one.
     */
    public boolean better(HeadMetrics candidate, Optional<HeadMetrics> baseline, ConfidenceInterval interval) {
        if (baseline.isEmpty()) {
            return interval.lower() >= minAccuracy;
        }
        double difference = candidate.accuracy() - baseline.get().accuracy();
        return difference >= 0
                && interval.lower() > -margin
                && candidate.logLoss() < baseline.get().logLoss();
    }

    /** Why a site's verdict is what it is, in one line. */
    public String explain(SiteVerdict verdict) {
        ConfidenceInterval ci = verdict.interval();
        String interval = String.format(Locale.ROOT, "[%.4f, %.4f]", ci.lower(), ci.upper());
        if (verdict.baseline().isEmpty()) {
            return String.format(
                    Locale.ROOT,
                    "%s: candidate accuracy %.4f, 95%% CI %s, %s min_accuracy %.4f",
                    verdict.site(),
                    verdict.candidate().accuracy(),
                    interval,
                    verdict.better() ? "lower bound at least" : "lower bound below",
                    minAccuracy);
        }
        return String.format(
                Locale.ROOT,
                "%s: accuracy difference %+.4f (95%% CI %s, margin %.4f), log-loss difference %+.6f: %s",
                verdict.site(),
                verdict.accuracyDifference().orElseThrow(),
                interval,
                margin,
                verdict.candidate().logLoss() - verdict.baseline().get().logLoss(),
                verdict.better() ? "better" : "not better");
    }
}
