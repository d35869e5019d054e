package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.List;

/** R's warnings from coxph.fit (right-censored) or agreg.fit (counting process) after a fit. */
public final class CoxWarnings {
    /** coxph.control's toler.inf = sqrt(eps): a score this large after convergence means a diverging beta. */
    private static final double TOLER_INF = Math.sqrt(CoxControl.EPS);

    private CoxWarnings() {}

    /**
     * The warnings of a right-censored fit, as coxph.fit gives them.
     *
     * @param coef coefficients
     * @param u score at the estimate, on the coefficients' scale
     * @param var model-based variance
     */
    public static List<String> rightCensored(
            boolean converged, double[] coef, double[] u, double[][] var, List<String> names) {
        return of(converged, coef, u, var, names, NewtonRaphson.Rule.COXFIT6);
    }

    static List<String> of(
            boolean converged, double[] coef, double[] u, double[][] var, List<String> names, NewtonRaphson.Rule rule) {
        List<String> warnings = new ArrayList<>();
        if (!converged) {
            warnings.add("Ran out of iterations and did not converge");
            return warnings;
        }
        List<String> infinite = new ArrayList<>();
        for (int j = 0; j < coef.length; j++) {
            double inf = 0;
            for (int i = 0; i < coef.length; i++) {
                inf += u[i] * var[i][j];
            }
            inf = Math.abs(inf);
            boolean flagged = rule == NewtonRaphson.Rule.COXFIT6
                    ? inf > CoxControl.EPS && inf > TOLER_INF * Math.abs(coef[j])
                    : inf > TOLER_INF * (1 + Math.abs(coef[j]));
            if (!Double.isFinite(u[j]) || flagged) {
                infinite.add((j + 1) + " (" + names.get(j) + ")");
            }
        }
        if (!infinite.isEmpty()) {
            warnings.add("Loglik converged before variable " + String.join(", ", infinite)
                    + "; coefficient may be infinite");
        }
        return warnings;
    }
}
