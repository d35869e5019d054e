package org.precis.federation.evaluation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.learn.metrics.ConfidenceInterval;

/**
 * One site's evaluation as it released it: its validation rows, each head's figures, the accuracy
 * difference (candidate − baseline, with a baseline), the 95% bootstrap interval (of that
 * difference with a baseline, of the candidate's accuracy without one) and the site's verdict.
 */
public record SiteVerdict(
        String site,
        int n,
        HeadMetrics candidate,
        Optional<HeadMetrics> baseline,
        OptionalDouble accuracyDifference,
        ConfidenceInterval interval,
        boolean better) {
    public SiteVerdict {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(accuracyDifference, "accuracyDifference");
        Objects.requireNonNull(interval, "interval");
        if (n < 1) {
            throw new IllegalArgumentException(site + ": a verdict needs at least one validation row, got " + n);
        }
        if (baseline.isPresent() != accuracyDifference.isPresent()) {
            throw new IllegalArgumentException(site + ": an accuracy difference goes with a baseline, and only then");
        }
    }

    /** Candidate minus baseline mean log loss, with a baseline. */
    public OptionalDouble logLossDifference() {
        return baseline.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(candidate.logLoss() - baseline.get().logLoss());
    }
}
