package org.precis.survival.cox;

/**
 * R's Newton-Raphson for the Cox model: start at beta = 0, take full Newton steps while the
 * log-likelihood improves, otherwise step back towards the last good beta (halving, then thirds,
 * ...), and stop when {@code |1 - loglik_best / loglik_new| <= eps}. The two R routines differ in
 * small ways that decide the iteration count in rare cases, so both are kept (see {@link Rule}).
 */
final class NewtonRaphson {
    /** Which R routine's loop to follow. */
    enum Rule {
        /** coxfit6 (right-censored data): converged even in the middle of step halving. */
        COXFIT6,
        /** agfit4 (counting-process data): never converged while halving. */
        AGFIT4
    }

    record Outcome(
            double[] beta,
            double loglikNull,
            double loglik,
            double[] score,
            double[][] information,
            double scoreTest,
            int iterations,
            boolean converged,
            Cholesky initial) {}

    private final PartialLikelihood likelihood;
    private final Rule rule;

    NewtonRaphson(PartialLikelihood likelihood, Rule rule) {
        this.likelihood = likelihood;
        this.rule = rule;
    }

    Outcome run(int p) {
        double[] beta = new double[p];
        PartialLikelihood.Evaluation first = likelihood.evaluate(beta);
        Cholesky chol0 = new Cholesky(first.information(), CoxControl.TOLER_CHOL);
        double[] step = chol0.solve(first.score());
        double sctest = 0;
        for (int i = 0; i < p; i++) {
            sctest += first.score()[i] * step[i];
        }
        double loglik0 = first.loglik();
        double best = loglik0;
        if (!Double.isFinite(loglik0) || chol0.rank() < p) {
            return new Outcome(beta, loglik0, loglik0, first.score(), first.information(), sctest, 0, false, chol0);
        }
        double[] newbeta = new double[p];
        for (int i = 0; i < p; i++) {
            newbeta[i] = beta[i] + step[i];
        }
        int halving = 0;
        PartialLikelihood.Evaluation current = first;
        for (int iter = 1; iter <= CoxControl.ITER_MAX; iter++) {
            current = likelihood.evaluate(newbeta);
            double newlk = current.loglik();
            Cholesky chol = new Cholesky(current.information(), CoxControl.TOLER_CHOL);
            boolean finite = Double.isFinite(newlk);
            for (int i = 0; i < p; i++) {
                finite &= Double.isFinite(current.score()[i]);
                for (int j = 0; j < p; j++) {
                    finite &= Double.isFinite(current.information()[i][j]);
                }
            }
            boolean halvingAllowed = rule == Rule.COXFIT6 || halving == 0;
            if (finite && halvingAllowed && Math.abs(1 - best / newlk) <= CoxControl.EPS) {
                return new Outcome(
                        newbeta, loglik0, newlk, current.score(), current.information(), sctest, iter, true, chol0);
            }
            if (rule == Rule.AGFIT4 && iter == CoxControl.ITER_MAX) {
                // agfit4 keeps the last try unless it is worse than the best by more than rounding
                if ((newlk - best) / Math.abs(best) < -CoxControl.EPS) {
                    current = likelihood.evaluate(beta);
                    return new Outcome(
                            beta,
                            loglik0,
                            current.loglik(),
                            current.score(),
                            current.information(),
                            sctest,
                            iter,
                            false,
                            chol0);
                }
                return new Outcome(
                        newbeta, loglik0, newlk, current.score(), current.information(), sctest, iter, false, chol0);
            }
            if (!finite || newlk < best) {
                halving++;
                for (int i = 0; i < p; i++) {
                    newbeta[i] = (newbeta[i] + halving * beta[i]) / (halving + 1.0);
                }
            } else {
                halving = 0;
                best = newlk;
                double[] delta = chol.solve(current.score());
                for (int i = 0; i < p; i++) {
                    beta[i] = newbeta[i];
                    newbeta[i] = newbeta[i] + delta[i];
                }
            }
        }
        // coxfit6 ran out of iterations: report the last good beta
        current = likelihood.evaluate(beta);
        return new Outcome(
                beta,
                loglik0,
                current.loglik(),
                current.score(),
                current.information(),
                sctest,
                CoxControl.ITER_MAX + 1,
                false,
                chol0);
    }
}
