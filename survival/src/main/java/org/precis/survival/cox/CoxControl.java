package org.precis.survival.cox;

/**
 * R's {@code coxph.control} defaults, public so that a Newton-Raphson run elsewhere (a federated
 * fit, one step per round) stops and solves exactly where {@link CoxModel} does.
 */
public final class CoxControl {
    /** Convergence: {@code |1 - loglik_best / loglik_new| <= EPS}. */
    public static final double EPS = 1e-9;
    /** Pivots below this fraction of the largest diagonal count as zero (singular columns). */
    public static final double TOLER_CHOL = Math.pow(Math.ulp(1.0), 0.75);
    /** Newton-Raphson iterations at most. */
    public static final int ITER_MAX = 20;

    private CoxControl() {}
}
