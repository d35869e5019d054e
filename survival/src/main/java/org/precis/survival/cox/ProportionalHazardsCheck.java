package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.precis.survival.data.Covariate;
import org.precis.survival.data.CoxDesign;

/**
 * The Grambsch-Therneau test of proportional hazards as R's
 * {@code cox.zph(fit, transform, terms = TRUE, singledf = FALSE, global = TRUE)} computes it in
 * survival 3.5-3: a one-step score test, at the fitted coefficients, of adding {@code x g(t)} for
 * each term (a text column's indicator columns together, df their number) and for all columns
 * (GLOBAL), with the scaled Schoenfeld residuals one would plot against g(t). Immutable.
 */
public final class ProportionalHazardsCheck {
    private final TimeTransform transform;
    private final List<String> termNames;
    private final Map<String, ChiSquareTest> termTests;
    private final ChiSquareTest global;
    private final double[] times;
    private final double[] transformedTimes;
    private final List<String> strata;
    private final double[][] scaled;
    private final double[][] variance;

    private ProportionalHazardsCheck(
            TimeTransform transform,
            List<String> termNames,
            Map<String, ChiSquareTest> termTests,
            ChiSquareTest global,
            double[] times,
            double[] transformedTimes,
            List<String> strata,
            double[][] scaled,
            double[][] variance) {
        this.transform = transform;
        this.termNames = termNames;
        this.termTests = termTests;
        this.global = global;
        this.times = times;
        this.transformedTimes = transformedTimes;
        this.strata = strata;
        this.scaled = scaled;
        this.variance = variance;
    }

    /**
     * Tests the model {@code fit} fitted to {@code design}.
     *
     * @throws IllegalArgumentException when the design's columns, rows or events are not the model's,
     *     or when a matrix R would invert is singular
     */
    public static ProportionalHazardsCheck of(CoxModel fit, CoxDesign design, TimeTransform transform) {
        if (transform == null) {
            throw new IllegalArgumentException("transform is required");
        }
        List<String> modelTerms =
                fit.result().terms().stream().map(CoxTerm::name).toList();
        if (!modelTerms.equals(design.termNames())) {
            throw new IllegalArgumentException("the design's columns " + design.termNames() + " are not the model's "
                    + modelTerms + "; pass the design the model was fitted to");
        }
        if (design.size() != fit.result().n()
                || design.eventCount() != fit.result().events()) {
            throw new IllegalArgumentException("the design has " + design.size() + " rows and " + design.eventCount()
                    + " events, the model was fitted to " + fit.result().n() + " and "
                    + fit.result().events()
                    + "; pass the design the model was fitted to");
        }
        double[][] x = design.covariateMatrix();
        int p = modelTerms.size();
        double[] beta = fit.coefficients();
        List<Double> means = fit.result().means();
        double[][] fixed = TimeFix.intervals(design.start(), design.stop());
        boolean[] event = design.event();
        int[] strataCodes = design.strata();
        double[] eta = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < p; k++) {
                eta[i] += beta[k] * (x[i][k] - means.get(k));
            }
        }
        double[] ttimes = TransformedTimes.of(transform, fixed[0], fixed[1], event);
        double[] gtime = centredOnEvents(ttimes, event);
        ZphScores scores = new ZphScores(
                gtime,
                x,
                eta,
                design.weights(),
                new EventTimes(fixed[0], fixed[1], event, strataCodes),
                strataCodes,
                event,
                fit.result().ties(),
                ZphScores.TiedDeaths.of(design.isCountingProcess()));

        List<int[]> assign = assign(design.covariates());
        List<String> names = design.covariates().stream().map(Covariate::column).toList();
        Map<String, ChiSquareTest> tests = new LinkedHashMap<>();
        for (int t = 0; t < assign.size(); t++) {
            tests.put(names.get(t), scoreTest(scores, assign.get(t), p));
        }
        int[] all = new int[p];
        Arrays.setAll(all, k -> k);
        ChiSquareTest global = scoreTest(scores, all, p);

        int events = scores.eventRows.length;
        double[] eventTimes = new double[events];
        double[] eventX = new double[events];
        List<String> eventStrata = new ArrayList<>();
        List<String> labels = design.strataLabels();
        for (int r = 0; r < events; r++) {
            int row = scores.eventRows[r];
            eventTimes[r] = fixed[1][row];
            eventX[r] = ttimes[row];
            eventStrata.add(labels.get(strataCodes[row]));
        }
        ScaledSchoenfeld scaledResiduals = new ScaledSchoenfeld(scores, assign, beta);
        return new ProportionalHazardsCheck(
                transform,
                names,
                Collections.unmodifiableMap(tests),
                global,
                eventTimes,
                eventX,
                labels.size() > 1 ? List.copyOf(eventStrata) : List.of(),
                scaledResiduals.residuals(),
                scaledResiduals.variance());
    }

    private static double[] centredOnEvents(double[] ttimes, boolean[] event) {
        double sum = 0;
        int d = 0;
        for (int i = 0; i < ttimes.length; i++) {
            if (event[i]) {
                sum += ttimes[i];
                d++;
            }
        }
        if (d == 0) {
            throw new IllegalArgumentException("no events: there are no Schoenfeld residuals to test");
        }
        double mean = sum / d;
        double[] out = new double[ttimes.length];
        for (int i = 0; i < ttimes.length; i++) {
            out[i] = ttimes[i] - mean;
        }
        return out;
    }

    /** The design columns of each covariate, in order: R's fit$assign. */
    static List<int[]> assign(List<Covariate> covariates) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        for (Covariate c : covariates) {
            int[] cols = new int[c.width()];
            for (int k = 0; k < cols.length; k++) {
                cols[k] = at + k;
            }
            at += cols.length;
            out.add(cols);
        }
        return out;
    }

    /**
     * u' I^-1 u over the model's p columns and the chosen time-interaction columns, with the model's
     * own scores set to 0 (they are 0 at the fit), as cox.zph does.
     */
    private static ChiSquareTest scoreTest(ZphScores scores, int[] columns, int p) {
        int m = p + columns.length;
        int[] kk = new int[m];
        for (int k = 0; k < p; k++) {
            kk[k] = k;
        }
        for (int k = 0; k < columns.length; k++) {
            kk[p + k] = p + columns[k];
        }
        double[][] sub = new double[m][m];
        double[] u = new double[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                sub[i][j] = scores.imat[kk[i]][kk[j]];
            }
            u[i] = i < p ? 0 : scores.u[kk[i]];
        }
        double[] solved = LinearSystem.solve(sub, u);
        double stat = 0;
        for (int i = 0; i < m; i++) {
            stat += solved[i] * u[i];
        }
        return ChiSquareTest.of(stat, columns.length);
    }

    public TimeTransform transform() {
        return transform;
    }

    /** The model's terms (table columns), in design order. */
    public List<String> termNames() {
        return termNames;
    }

    /** Each term's test, df the number of its design columns. */
    public Map<String, ChiSquareTest> termTests() {
        return termTests;
    }

    public ChiSquareTest termTest(String term) {
        ChiSquareTest t = termTests.get(term);
        if (t == null) {
            throw new IllegalArgumentException("no term '" + term + "'; terms are " + termNames);
        }
        return t;
    }

    /** The test of all columns together (R's GLOBAL row), df the number of design columns. */
    public ChiSquareTest global() {
        return global;
    }

    /** Number of events: the rows of the residuals. */
    public int eventCount() {
        return times.length;
    }

    /** Event times in R's order (stratum, then time): {@code zph$time}. */
    public double[] times() {
        return times.clone();
    }

    /** g(t) at each event, before centring: {@code zph$x}. */
    public double[] transformedTimes() {
        return transformedTimes.clone();
    }

    /** Stratum label of each event ({@code zph$strata}); empty for a model without strata. */
    public List<String> strata() {
        return strata;
    }

    /**
     * A scaled Schoenfeld residual, {@code zph$y[event, term]}: beta(t) for a numeric term; for a text
     * column, beta-weighted and shifted by 1 as R does. Empty where R reports NA, a term constant
     * within the event's stratum.
     */
    public OptionalDouble scaledResidual(int event, int term) {
        double v = scaled[event][term];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The variance matrix R returns as {@code zph$var}, one row and column per term. */
    public double[][] variance() {
        double[][] copy = new double[variance.length][];
        for (int i = 0; i < variance.length; i++) {
            copy[i] = variance[i].clone();
        }
        return copy;
    }
}
