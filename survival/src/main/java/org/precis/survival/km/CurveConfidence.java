package org.precis.survival.km;

import org.apache.commons.math3.special.Erf;

/**
 * How pointwise confidence intervals of a survival curve are built: the transformation and the
 * two-sided level.
 *
 * @param type  the transformation (R's {@code conf.type})
 * @param level the coverage, strictly between 0 and 1 (R's {@code conf.int})
 */
public record CurveConfidence(ConfidenceType type, double level) {

    public CurveConfidence {
        if (type == null) {
            throw new IllegalArgumentException("confidence type must not be null");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, was " + level);
        }
    }

    /** R's default: log transformation, 95%. */
    public static CurveConfidence rDefault() {
        return new CurveConfidence(ConfidenceType.LOG, 0.95);
    }

    public static CurveConfidence of(ConfidenceType type) {
        return new CurveConfidence(type, 0.95);
    }

    /** The normal quantile z with P(|Z| < z) = level. */
    double z() {
        return Math.sqrt(2.0) * Erf.erfInv(level);
    }
}
