package org.precis.survival.validation;

import java.util.List;

/**
 * Pointwise confidence limits of a predicted survival curve, as R's {@code summary(survfit(fit,
 * newdata))} reports them with {@code conf.type = "log"}: the standard error of the survival
 * (delta method, {@code S(t) se(H(t))}) and the limits {@code S exp(-+z se(H))}, the upper one
 * capped at 1. A limit R reports as NA (survival 0) is NaN.
 *
 * @param level the coverage, such as 0.95
 * @param standardErrors R's {@code std.err}: of the survival, at each time
 * @param lower lower limit at each time
 * @param upper upper limit at each time
 */
public record ConfidenceBand(double level, List<Double> standardErrors, List<Double> lower, List<Double> upper) {
    public ConfidenceBand {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, was " + level);
        }
        standardErrors = List.copyOf(standardErrors);
        lower = List.copyOf(lower);
        upper = List.copyOf(upper);
        if (lower.size() != standardErrors.size() || upper.size() != standardErrors.size()) {
            throw new IllegalArgumentException("a band needs as many lower and upper limits as standard errors: "
                    + standardErrors.size() + ", " + lower.size() + ", " + upper.size());
        }
    }
}
