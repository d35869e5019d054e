package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.precis.survival.cox.Cholesky;
import org.precis.survival.cox.CoxControl;
import org.precis.survival.cox.CoxLikelihood;

/**
 * R's coxfit6 Newton-Raphson (the survival module's loop) cut into one likelihood evaluation per
 * round: start at beta = 0; take a full Newton step while the log-likelihood improves, else step
 * back towards the last good beta (halving, then thirds, ...); converged when {@code |1 -
 * loglik_best / loglik_new| <= eps}, even while halving; after the iteration limit, the last good
 * beta. The state between rounds is public (coefficients and log-likelihoods only) and travels in
 * the round's parameters, so the coordinator keeps nothing in memory.
 *
 * @param beta last good beta (scaled covariates)
 * @param trial beta evaluated in the pending round
 * @param best log-likelihood at {@code beta}
 * @param halving steps back taken since the last good step
 * @param iteration the pending round's iteration, counted as R counts it
 * @param loglikNull log-likelihood at beta = 0
 * @param scoreTest score test at beta = 0
 * @param lastGood whether the pending round evaluates the last good beta after the iteration limit
 */
record CoxNewton(
        double[] beta,
        double[] trial,
        double best,
        int halving,
        int iteration,
        double loglikNull,
        double scoreTest,
        boolean lastGood) {

    /** What to do after a round. */
    sealed interface Step {}

    /** Evaluate the likelihood at {@code state.trial()} next round. */
    record Evaluate(CoxNewton state) implements Step {}

    /** The fit: beta, the likelihood there, iterations as R counts them, and whether it converged. */
    record Done(
            double[] beta,
            CoxLikelihood.Value value,
            int iterations,
            boolean converged,
            double loglikNull,
            double scoreTest)
            implements Step {}

    /** The fit cannot go on (collinear covariates, a likelihood that is not finite). */
    record Stop(String reason) implements Step {}

    /** After the evaluation at beta = 0. */
    static Step start(CoxLikelihood.Value atZero, List<String> names) {
        int p = names.size();
        Cholesky chol0 = new Cholesky(atZero.information(), CoxControl.TOLER_CHOL);
        double[] step = chol0.solve(atZero.score());
        double sctest = 0;
        for (int i = 0; i < p; i++) {
            sctest += atZero.score()[i] * step[i];
        }
        if (chol0.rank() < p) {
            List<String> singular = new ArrayList<>();
            for (int k = 0; k < p; k++) {
                if (chol0.isZeroPivot(k)) {
                    singular.add(names.get(k));
                }
            }
            return new Stop("covariate(s) " + singular + " are collinear with the covariates before them in " + names
                    + " over the pooled rows; drop them (R would report NA coefficients)");
        }
        if (!Double.isFinite(atZero.loglik())) {
            return new Stop("the pooled log partial likelihood at beta = 0 is not finite");
        }
        return new Evaluate(new CoxNewton(new double[p], step, atZero.loglik(), 0, 1, atZero.loglik(), sctest, false));
    }

    /** After the evaluation at {@link #trial()}. */
    Step next(CoxLikelihood.Value current) {
        if (lastGood) {
            return new Done(beta, current, CoxControl.ITER_MAX + 1, false, loglikNull, scoreTest);
        }
        double newlk = current.loglik();
        boolean finite = Double.isFinite(newlk);
        for (double u : current.score()) {
            finite &= Double.isFinite(u);
        }
        for (double[] row : current.information()) {
            for (double v : row) {
                finite &= Double.isFinite(v);
            }
        }
        if (finite && Math.abs(1 - best / newlk) <= CoxControl.EPS) {
            return new Done(trial, current, iteration, true, loglikNull, scoreTest);
        }
        int p = beta.length;
        double[] good = beta.clone();
        double[] next = trial.clone();
        int halvings = halving;
        double bestNow = best;
        if (!finite || newlk < best) {
            halvings++;
            for (int i = 0; i < p; i++) {
                next[i] = (next[i] + halvings * good[i]) / (halvings + 1.0);
            }
        } else {
            halvings = 0;
            bestNow = newlk;
            double[] delta = new Cholesky(current.information(), CoxControl.TOLER_CHOL).solve(current.score());
            for (int i = 0; i < p; i++) {
                good[i] = next[i];
                next[i] = next[i] + delta[i];
            }
        }
        if (iteration == CoxControl.ITER_MAX) {
            // coxfit6 ran out of iterations: it reports the last good beta
            return new Evaluate(new CoxNewton(good, good, bestNow, halvings, iteration, loglikNull, scoreTest, true));
        }
        return new Evaluate(new CoxNewton(good, next, bestNow, halvings, iteration + 1, loglikNull, scoreTest, false));
    }

    ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("beta", array(beta));
        out.set("trial", array(trial));
        out.put("best", best);
        out.put("halving", halving);
        out.put("iteration", iteration);
        out.put("loglik_null", loglikNull);
        out.put("score_test", scoreTest);
        out.put("last_good", lastGood);
        return out;
    }

    static CoxNewton fromJson(JsonNode node, int p) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("round parameter 'newton' is missing");
        }
        return new CoxNewton(
                ParameterReader.numbers(node, "beta", p),
                ParameterReader.numbers(node, "trial", p),
                node.path("best").asDouble(),
                node.path("halving").asInt(),
                node.path("iteration").asInt(),
                node.path("loglik_null").asDouble(),
                node.path("score_test").asDouble(),
                node.path("last_good").asBoolean());
    }

    static ArrayNode array(double[] values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }
}
