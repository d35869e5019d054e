package org.precis.survival.km;

/**
 * The transformation under which a pointwise confidence interval for S(t) is symmetric, as R's
 * {@code conf.type}. All three start from the standard error of the cumulative hazard
 * (Greenwood's formula); the limits reproduce R's {@code survfit_confint}, including where they
 * are undefined (NaN: {@code LOG} and {@code PLAIN} at S = 0, {@code LOG_LOG} at S = 0 and S = 1).
 */
public enum ConfidenceType {
    /** Symmetric for log S(t); R's default. The upper limit is capped at 1. */
    LOG {
        @Override
        ConfidenceLimits limits(double surv, double seCumHaz, double z) {
            if (surv == 0) {
                return ConfidenceLimits.UNDEFINED;
            }
            double half = z * seCumHaz;
            return new ConfidenceLimits(
                    Math.exp(Math.log(surv) - half), Math.min(Math.exp(Math.log(surv) + half), 1.0));
        }
    },
    /** Symmetric for log(-log S(t)); stays inside (0, 1) without capping. */
    LOG_LOG {
        @Override
        ConfidenceLimits limits(double surv, double seCumHaz, double z) {
            if (surv == 0 || surv == 1) {
                return ConfidenceLimits.UNDEFINED;
            }
            double half = z * seCumHaz / Math.log(surv);
            double loglog = Math.log(-Math.log(surv));
            return new ConfidenceLimits(Math.exp(-Math.exp(loglog - half)), Math.exp(-Math.exp(loglog + half)));
        }
    },
    /** Symmetric for S(t) itself (Klein and Moeschberger 4.3.1), clipped to [0, 1]. */
    PLAIN {
        @Override
        ConfidenceLimits limits(double surv, double seCumHaz, double z) {
            // Math.max/min keep NaN, as R's pmax/pmin do where S = 0 and the variance is infinite
            double half = seCumHaz * surv * z;
            return new ConfidenceLimits(Math.max(surv - half, 0.0), Math.min(surv + half, 1.0));
        }
    };

    abstract ConfidenceLimits limits(double surv, double seCumHaz, double z);

    /** A pair of limits; NaN where R gives NA. */
    record ConfidenceLimits(double lower, double upper) {
        static final ConfidenceLimits UNDEFINED = new ConfidenceLimits(Double.NaN, Double.NaN);
    }
}
