package org.precis.survival.km;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.special.Gamma;

/**
 * The G-rho family of tests of equal survival across k groups (Harrington and Fleming 1982), as
 * R's {@code survdiff(Surv(time, status) ~ group + strata(s), rho = rho)}: each death time is
 * weighted by S(t-)^rho, S being the pooled Kaplan-Meier curve of the stratum, so rho = 0 is the
 * log-rank (Mantel-Haenszel) test and rho = 1 the Peto-Peto / Fleming-Harrington modification
 * of the Gehan-Wilcoxon test. Strata contribute observed, expected and variance sums that are
 * added before the chi-square is formed.
 *
 * <p>Frequency weights count as repeated subjects (survdiff itself takes no weights).
 */
public final class LogRank {
    private final double rho;

    /** @param rho the exponent of the weight S(t-)^rho; finite and >= 0 */
    public LogRank(double rho) {
        if (!(rho >= 0) || Double.isInfinite(rho)) {
            throw new IllegalArgumentException("rho must be a finite number >= 0, was " + rho);
        }
        this.rho = rho;
    }

    /** rho = 0: the log-rank test. */
    public static LogRank logRank() {
        return new LogRank(0);
    }

    /** rho = 1: the Peto-Peto modification of the Gehan-Wilcoxon test. */
    public static LogRank petoPeto() {
        return new LogRank(1);
    }

    public double rho() {
        return rho;
    }

    /** Unstratified test of the groups. */
    public LogRankResult test(RightCensoredSample sample, String[] groups) {
        String[] oneStratum = new String[groups == null ? 0 : groups.length];
        Arrays.fill(oneStratum, "");
        return test(sample, groups, oneStratum);
    }

    /**
     * Stratified test: groups are compared within each stratum and the sums pooled.
     *
     * @param groups one group label per subject; at least two distinct labels
     * @param strata one stratum label per subject
     */
    public LogRankResult test(RightCensoredSample sample, String[] groups, String[] strata) {
        SortedMap<String, int[]> byGroup = GroupIndex.rowsByLabel(sample, groups, "group");
        SortedMap<String, int[]> byStratum = GroupIndex.rowsByLabel(sample, strata, "stratum");
        if (byGroup.size() < 2) {
            throw new IllegalArgumentException("a log-rank test needs at least two groups, found " + byGroup.keySet());
        }
        List<String> labels = new ArrayList<>(byGroup.keySet());
        int k = labels.size();
        int[] groupOf = new int[sample.size()];
        double[] n = new double[k];
        for (int g = 0; g < k; g++) {
            for (int row : byGroup.get(labels.get(g))) {
                groupOf[row] = g;
                n[g] += sample.weight(row);
            }
        }
        double[] observed = new double[k];
        double[] expected = new double[k];
        double[][] variance = new double[k][k];
        for (int[] rows : byStratum.values()) {
            addStratum(sample, rows, groupOf, observed, expected, variance);
        }
        List<LogRankResult.Group> results = new ArrayList<>(k);
        for (int g = 0; g < k; g++) {
            results.add(new LogRankResult.Group(labels.get(g), n[g], observed[g], expected[g]));
        }
        int df = 0;
        for (double e : expected) {
            if (e > 0) {
                df++;
            }
        }
        df -= 1;
        double chiSquare = chiSquare(observed, expected, variance);
        // with fewer than two groups expecting events there is nothing to test: R reports chisq 0, p 1
        double p = df > 0 ? Gamma.regularizedGammaQ(df / 2.0, chiSquare / 2.0) : 1.0;
        return new LogRankResult(rho, results, variance, chiSquare, df, p, byStratum.size());
    }

    /** survdiff2.c for one stratum, adding into the running sums. */
    private void addStratum(
            RightCensoredSample all,
            int[] rows,
            int[] groupOf,
            double[] observed,
            double[] expected,
            double[][] variance) {
        int k = observed.length;
        RightCensoredSample sample = all.subset(rows);
        int[] order = sample.orderByTime();
        int m = order.length;
        double total = 0;
        for (int i = 0; i < m; i++) {
            total += sample.weight(i);
        }
        double[] risk = new double[k];
        for (int i = 0; i < m; i++) {
            risk[groupOf[rows[i]]] += sample.weight(i);
        }
        double nRisk = total;
        double km = 1; // pooled S(t-), left-continuous
        int i = 0;
        while (i < m) {
            double t = sample.time(order[i]);
            double deaths = 0;
            double[] deathsByGroup = new double[k];
            double[] leaving = new double[k];
            int j = i;
            for (; j < m && sample.time(order[j]) == t; j++) {
                int row = order[j];
                int g = groupOf[rows[row]];
                leaving[g] += sample.weight(row);
                if (sample.event(row)) {
                    deaths += sample.weight(row);
                    deathsByGroup[g] += sample.weight(row);
                }
            }
            double wt = rho == 0 ? 1.0 : Math.pow(km, rho);
            for (int g = 0; g < k; g++) {
                observed[g] += deathsByGroup[g] * wt;
            }
            if (deaths > 0) {
                for (int g = 0; g < k; g++) {
                    expected[g] += wt * deaths * risk[g] / nRisk;
                }
                if (nRisk != 1) { // one subject at risk: no variance
                    double wt2 = wt * wt;
                    for (int a = 0; a < k; a++) {
                        double tmp = wt2 * deaths * risk[a] * (nRisk - deaths) / (nRisk * (nRisk - 1));
                        variance[a][a] += tmp;
                        for (int b = 0; b < k; b++) {
                            variance[a][b] -= tmp * risk[b] / nRisk;
                        }
                    }
                }
            }
            km = km * (nRisk - deaths) / nRisk;
            for (int g = 0; g < k; g++) {
                risk[g] -= leaving[g];
                nRisk -= leaving[g];
            }
            i = j;
        }
    }

    /**
     * As survdiff: drop groups with no expected events, then the first remaining group (the
     * k sums add to zero, so one is redundant), and form (O - E)' V^-1 (O - E).
     */
    private static double chiSquare(double[] observed, double[] expected, double[][] variance) {
        List<Integer> keep = new ArrayList<>();
        for (int g = 0; g < expected.length; g++) {
            if (expected[g] > 0) {
                keep.add(g);
            }
        }
        if (keep.size() < 2) {
            return 0;
        }
        List<Integer> used = keep.subList(1, keep.size());
        int d = used.size();
        double[][] v = new double[d][d];
        double[] diff = new double[d];
        for (int a = 0; a < d; a++) {
            diff[a] = observed[used.get(a)] - expected[used.get(a)];
            for (int b = 0; b < d; b++) {
                v[a][b] = variance[used.get(a)][used.get(b)];
            }
        }
        RealVector difference = new ArrayRealVector(diff, false);
        // singular as R's solve() sees it: an exactly zero pivot, or a reciprocal condition number
        // (1-norm) below machine epsilon, where rounding alone decides the answer
        String singular = "the variance matrix of the group sums is singular (R's survdiff stops here too): "
                + "some group's share of those at risk never varies at a death time";
        try {
            RealMatrix matrix = new Array2DRowRealMatrix(v, false);
            DecompositionSolver solver = new LUDecomposition(matrix, Double.MIN_VALUE).getSolver();
            double rcond = 1.0 / (matrix.getNorm() * solver.getInverse().getNorm());
            if (!(rcond >= Math.ulp(1.0))) {
                throw new IllegalArgumentException(singular);
            }
            RealVector solved = solver.solve(difference);
            double chi = solved.dotProduct(difference);
            if (Double.isNaN(chi) || Double.isInfinite(chi)) {
                throw new IllegalArgumentException(singular);
            }
            return chi;
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException(singular, e);
        }
    }
}
