package org.precis.survival.cox;

import java.util.List;
import java.util.Objects;

/**
 * The pieces of a stratum's baseline hazard from which R's {@code survfit.coxph} builds the
 * variance of a predicted curve (Tsiatis' variance, with Efron's correction for tied deaths when
 * the fit used Efron ties): R's {@code agsurv} {@code varhaz} and {@code xbar}, at the stratum's
 * event times (the times of its {@link SurvivalCurve} in {@link CoxModel#baselineHazard()}).
 *
 * <p>For a new covariate vector {@code x} with risk {@code r = exp(beta x - beta means)} the
 * cumulative hazard's variance at {@code t} is {@code r^2 (sum_{s <= t} varhaz(s) + d' V d)} with
 * {@code d = H0(t) x - xbar(t)} and V the coefficients' variance (R's {@code fit$var}).
 *
 * @param stratum label such as {@code sex=1}; empty without strata
 * @param varhaz the variance increment at each event time (not cumulated, as R's {@code varhaz})
 * @param xbar the cumulated hazard-weighted risk-set means of the uncentred covariates at each
 *     event time, one list of design values per time (cumulated, as R's {@code xbar})
 */
public record BaselineVariance(String stratum, List<Double> varhaz, List<List<Double>> xbar) {
    public BaselineVariance {
        Objects.requireNonNull(stratum, "stratum");
        varhaz = List.copyOf(varhaz);
        xbar = xbar.stream().map(List::copyOf).toList();
        if (varhaz.size() != xbar.size()) {
            throw new IllegalArgumentException("baseline variance of stratum '" + stratum + "' has " + varhaz.size()
                    + " varhaz and " + xbar.size() + " xbar rows");
        }
        for (int i = 0; i < varhaz.size(); i++) {
            if (!(varhaz.get(i) >= 0) || Double.isInfinite(varhaz.get(i))) {
                throw new IllegalArgumentException("baseline variance of stratum '" + stratum + "': varhaz[" + i
                        + "] is " + varhaz.get(i) + ", not a finite non-negative number");
            }
            if (xbar.get(i).size() != xbar.get(0).size()) {
                throw new IllegalArgumentException("baseline variance of stratum '" + stratum + "': xbar row " + i
                        + " has " + xbar.get(i).size() + " values, row 0 "
                        + xbar.get(0).size());
            }
            for (double v : xbar.get(i)) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            "baseline variance of stratum '" + stratum + "': xbar row " + i + " holds " + v);
                }
            }
        }
    }
}
