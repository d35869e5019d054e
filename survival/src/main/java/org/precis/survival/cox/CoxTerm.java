package org.precis.survival.cox;

import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.special.Erf;

/**
 * One coefficient of a fitted Cox model, as a row of R's {@code summary(coxph)}.
 *
 * @param name design column, {@code age} or {@code celltype=large} for a level of a text column
 * @param coef log hazard ratio
 * @param se model-based (naive) standard error
 * @param robustSe cluster-robust standard error, present when the design has a cluster column or
 *     fractional case weights (R then treats each row as a cluster)
 * @param hr hazard ratio exp(coef)
 * @param hrLower lower 95% limit, using the robust SE when present (as R)
 * @param hrUpper upper 95% limit
 * @param z Wald z, coef over the robust SE when present
 * @param p two-sided p-value of z
 */
public record CoxTerm(
        String name,
        double coef,
        double se,
        OptionalDouble robustSe,
        double hr,
        double hrLower,
        double hrUpper,
        double z,
        double p) {
    /** qnorm(0.975) to the last digit R prints. */
    static final double Z975 = 1.959963984540054;

    public CoxTerm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(robustSe, "robustSe");
    }

    /** The row for a coefficient and its standard errors, z, p and 95% limits computed as R does. */
    public static CoxTerm of(String name, double coef, double se, OptionalDouble robustSe) {
        double used = robustSe.orElse(se);
        double z = coef / used;
        // 2 * pnorm(-|z|) = erfc(|z| / sqrt 2), kept accurate far in the tail
        double p = Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
        return new CoxTerm(
                name,
                coef,
                se,
                robustSe,
                Math.exp(coef),
                Math.exp(coef - Z975 * used),
                Math.exp(coef + Z975 * used),
                z,
                p);
    }
}
