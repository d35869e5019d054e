package org.precis.learn.drift;

import java.util.Objects;
import org.precis.learn.metrics.ConfidenceInterval;

/** A figure on a site's cases with its percentile bootstrap interval. */
public record Estimate(double value, ConfidenceInterval ci) {

    public Estimate {
        Objects.requireNonNull(ci, "ci");
    }
}
