package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.survival.data.CoxDesign;

/**
 * A fitted Cox proportional hazards model, matching R's {@code coxph} (survival 3.5-3): the
 * summary as a {@link CoxResult}, and predictions as {@code predict(type = "lp")} and
 * {@code survfit(fit, newdata)}. Immutable.
 */
public final class CoxModel {
    private final CoxResult result;
    private final double[] beta;
    private final double[] means;
    private final double[][] variance;
    private final double[][] fitVariance;
    private final List<SurvivalCurve> baseline;
    private final Optional<List<BaselineVariance>> baselineVariance;
    private final Map<String, double[]> strataMeans;

    private CoxModel(
            CoxResult result,
            double[] beta,
            double[] means,
            double[][] variance,
            double[][] fitVariance,
            List<SurvivalCurve> baseline,
            Optional<List<BaselineVariance>> baselineVariance,
            Map<String, double[]> strataMeans) {
        this.result = result;
        this.beta = beta;
        this.means = means;
        this.variance = variance;
        this.fitVariance = fitVariance;
        this.baseline = baseline;
        this.baselineVariance = baselineVariance;
        this.strataMeans = strataMeans;
    }

    /** Fits with Efron ties, R's default. */
    public static CoxModel fit(CoxDesign design) {
        return fit(design, Ties.EFRON);
    }

    /**
     * Fits the model.
     *
     * @throws IllegalArgumentException for a constant or collinear covariate (R would report NA for it)
     */
    public static CoxModel fit(CoxDesign design, Ties ties) {
        Objects.requireNonNull(ties, "ties");
        double[][] x = design.covariateMatrix();
        List<String> names = design.termNames();
        int n = x.length;
        int p = names.size();
        double[] w = design.weights();
        requireNotConstant(x, names);

        Centring centring = new Centring(x, w, design.isCountingProcess());
        double[][] z = centring.apply(x);
        double[] rMeans = centring.reportedMeans();
        double[][] fixed = TimeFix.intervals(design.start(), design.stop());
        double[] start = fixed[0];
        double[] stop = fixed[1];
        boolean[] event = design.event();
        int[] strata = design.strata();
        NewtonRaphson.Rule rule = design.isCountingProcess() ? NewtonRaphson.Rule.AGFIT4 : NewtonRaphson.Rule.COXFIT6;
        RiskSetOrder order = RiskSetOrder.of(start, stop, event, strata);
        PartialLikelihood likelihood = new PartialLikelihood(z, w, start, stop, event, order, ties);
        NewtonRaphson.Outcome out = new NewtonRaphson(likelihood, rule).run(p);
        requireFullRank(out.initial(), names);

        double[] coef = new double[p];
        double[] u = new double[p];
        double[][] inv = new Cholesky(out.information(), CoxControl.TOLER_CHOL).inverse();
        double[][] var = new double[p][p];
        for (int i = 0; i < p; i++) {
            coef[i] = out.beta()[i] * centring.scale(i);
            u[i] = out.score()[i] / centring.scale(i);
            for (int j = 0; j < p; j++) {
                var[i][j] = inv[i][j] * centring.scale(i) * centring.scale(j);
            }
        }
        List<String> warnings = CoxWarnings.of(out.converged(), coef, u, var, names, rule);

        double[][] xc = new double[n][p];
        double[] riskScore = new double[n];
        double[] lp = new double[n];
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int k = 0; k < p; k++) {
                xc[i][k] = x[i][k] - rMeans[k];
                eta += coef[k] * xc[i][k];
            }
            lp[i] = eta;
            riskScore[i] = Math.exp(eta);
        }
        Optional<int[]> clusters = robustClusters(design, w);
        double[][] robust = clusters.map(cl -> RobustVariance.of(
                        ScoreResiduals.of(xc, riskScore, w, new EventTimes(start, stop, event, strata), ties),
                        w,
                        var,
                        cl))
                .orElse(null);

        List<CoxTerm> terms = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            OptionalDouble rse = robust == null ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(robust[k][k]));
            terms.add(CoxTerm.of(names.get(k), coef[k], Math.sqrt(var[k][k]), rse));
        }
        double[][] waldVar = robust == null ? var : robust;
        double[] solved = new Cholesky(waldVar, CoxControl.TOLER_CHOL).solve(coef);
        double wald = 0;
        for (int k = 0; k < p; k++) {
            wald += coef[k] * solved[k];
        }
        List<Double> meanList = new ArrayList<>();
        for (double m : rMeans) {
            meanList.add(m);
        }
        CoxResult result = new CoxResult(
                ties,
                terms,
                out.loglikNull(),
                out.loglik(),
                ChiSquareTest.of(2 * (out.loglik() - out.loglikNull()), p),
                ChiSquareTest.of(wald, p),
                ChiSquareTest.of(out.scoreTest(), p),
                out.iterations(),
                out.converged(),
                n,
                design.eventCount(),
                design.dropped(),
                meanList,
                warnings,
                ConcordanceFit.of(lp, start, stop, event, order, w, clusters));
        List<SurvivalCurve> baseline =
                BaselineHazard.of(order, start, stop, event, riskScore, w, ties, design.strataLabels());
        // a band needs both the coefficients' variance and the baseline pieces to be finite
        Optional<List<BaselineVariance>> baselineVariance =
                Arrays.stream(waldVar).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite)
                        ? BaselineVarianceSweep.of(
                                order, start, stop, event, x, riskScore, w, ties, design.strataLabels())
                        : Optional.empty();
        return new CoxModel(
                result,
                coef,
                rMeans,
                var,
                waldVar,
                baseline,
                baselineVariance,
                strataMeans(x, w, strata, design.strataLabels()));
    }

    /** Weighted covariate means per stratum: predict.coxph centres a stratified model's lp within strata. */
    private static Map<String, double[]> strataMeans(double[][] x, double[] w, int[] strata, List<String> labels) {
        int p = x.length == 0 ? 0 : x[0].length;
        double[][] sums = new double[labels.size()][p];
        double[] wsum = new double[labels.size()];
        for (int i = 0; i < x.length; i++) {
            wsum[strata[i]] += w[i];
            for (int k = 0; k < p; k++) {
                sums[strata[i]][k] += w[i] * x[i][k];
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int s = 0; s < labels.size(); s++) {
            for (int k = 0; k < p; k++) {
                sums[s][k] /= wsum[s];
            }
            out.put(labels.get(s), sums[s]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The clusters of the robust variance: the design's, else, as coxph does for fractional case
     * weights (sampling weights), every row its own cluster; none for integer (frequency) weights.
     */
    private static Optional<int[]> robustClusters(CoxDesign design, double[] w) {
        Optional<int[]> given = design.clusters();
        if (given.isPresent()) {
            return given;
        }
        for (double wi : w) {
            if (wi != Math.floor(wi)) {
                return Optional.of(java.util.stream.IntStream.range(0, w.length).toArray());
            }
        }
        return Optional.empty();
    }

    private static void requireNotConstant(double[][] x, List<String> names) {
        for (int k = 0; k < names.size(); k++) {
            boolean constant = true;
            for (double[] row : x) {
                constant &= row[k] == x[0][k];
            }
            if (constant) {
                throw new IllegalArgumentException("covariate '" + names.get(k) + "' is constant (" + x[0][k]
                        + ") in all " + x.length + " rows used; it has no coefficient (R would report NA)");
            }
        }
    }

    private static void requireFullRank(Cholesky initial, List<String> names) {
        List<String> singular = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            if (initial.isZeroPivot(k)) {
                singular.add(names.get(k));
            }
        }
        if (!singular.isEmpty()) {
            throw new IllegalArgumentException("covariate(s) " + singular + " are collinear with the covariates"
                    + " before them in " + names + "; drop them (R would report NA coefficients)");
        }
    }

    public CoxResult result() {
        return result;
    }

    /** Coefficients in design order. */
    public double[] coefficients() {
        return beta.clone();
    }

    /** The model-based variance matrix of the coefficients. */
    public double[][] variance() {
        double[][] copy = new double[variance.length][];
        for (int i = 0; i < variance.length; i++) {
            copy[i] = variance[i].clone();
        }
        return copy;
    }

    /**
     * The variance R keeps as {@code fit$var}: the robust (sandwich) one when the fit has clusters
     * or fractional weights, else the model-based one. {@code survfit.coxph} uses it for the
     * standard error of a predicted curve.
     */
    public double[][] fitVariance() {
        double[][] copy = new double[fitVariance.length][];
        for (int i = 0; i < fitVariance.length; i++) {
            copy[i] = fitVariance[i].clone();
        }
        return copy;
    }

    /**
     * R's {@code predict(fit, newdata, type = "lp")} for a model without strata: beta (x - means),
     * means as R's fit$means.
     *
     * @throws IllegalStateException for a stratified model, whose lp R centres within each stratum
     */
    public double linearPredictor(double[] x) {
        if (strataMeans.size() > 1) {
            throw new IllegalStateException("stratified model: R centres the linear predictor within strata; give the"
                    + " stratum, one of " + strataMeans.keySet());
        }
        return centred(x, means);
    }

    /** R's {@code predict(type = "lp")} for a row of a stratum: centred by that stratum's weighted means. */
    public double linearPredictor(double[] x, String stratum) {
        double[] m = strataMeans.get(stratum);
        if (m == null) {
            throw new IllegalArgumentException("unknown stratum '" + stratum + "'; strata are " + strataMeans.keySet());
        }
        return strataMeans.size() > 1 ? centred(x, m) : centred(x, means);
    }

    private double centred(double[] x, double[] centre) {
        if (x.length != beta.length) {
            throw new IllegalArgumentException("expected " + beta.length + " covariate values, got " + x.length);
        }
        double lp = 0;
        for (int k = 0; k < beta.length; k++) {
            lp += beta[k] * (x[k] - centre[k]);
        }
        return lp;
    }

    /** Baseline cumulative hazard per stratum, for a subject at the means (R's basehaz(fit, centered = TRUE)). */
    public List<SurvivalCurve> baselineHazard() {
        return baseline;
    }

    /**
     * The variance pieces of each stratum's baseline, in the order of {@link #baselineHazard()};
     * empty when they or {@link #fitVariance()} are not finite (a diverged fit, where R's curve
     * standard errors are Inf or NaN): such a model has no band.
     */
    public Optional<List<BaselineVariance>> baselineVariance() {
        return baselineVariance;
    }

    /** R's {@code survfit(fit, newdata)}: one curve per stratum for the covariate vector {@code x}. */
    public List<SurvivalCurve> survivalCurves(double[] x) {
        double lp = centred(x, means);
        return baseline.stream().map(c -> c.scaled(lp)).toList();
    }
}
