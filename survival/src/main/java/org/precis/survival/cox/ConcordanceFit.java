package org.precis.survival.cox;

import java.util.Arrays;
import java.util.Optional;

/**
 * Computes {@link Concordance} as R's concordancefit does, in O(n log n) as R does with its
 * balanced tree, here with Fenwick trees over the ranks of the linear predictor.
 *
 * <p>A comparable pair is a death d and a row j at risk at d's time in the same stratum, j not a
 * death at that same time. Each pair is concordant (d's risk higher), discordant or tied on the
 * predictor. The standard error comes from each row's influence, the weight of the pairs of each
 * kind it belongs to, as the dfbeta of Somers' d. Two sweeps give those sums: over deaths in
 * falling time, asking how the current risk set's weight splits below, at and above the death's
 * rank; and over rows, asking the same of the deaths that fall inside the row's own
 * (start, stop] window.
 */
final class ConcordanceFit {
    private ConcordanceFit() {}

    static Concordance of(
            double[] lp,
            double[] start,
            double[] stop,
            boolean[] event,
            RiskSetOrder order,
            double[] w,
            Optional<int[]> cluster) {
        double[][] influence = new double[3][];
        double[] totals = pairs(lp, start, stop, event, order, w, influence);
        return fromPairs(totals[0], totals[1], totals[2], influence[0], influence[1], influence[2], w, cluster);
    }

    /**
     * The sums a concordance over several tables needs (pairs never cross tables, as strata): the
     * pair totals and the squares and cross products of each row's influence.
     */
    static ConcordanceSums sums(
            double[] lp, double[] start, double[] stop, boolean[] event, RiskSetOrder order, double[] w) {
        double[][] influence = new double[3][];
        double[] totals = pairs(lp, start, stop, event, order, w, influence);
        double diff2 = 0;
        double cross = 0;
        double all2 = 0;
        for (int i = 0; i < lp.length; i++) {
            double w2 = w[i] * w[i];
            double diff = influence[0][i] - influence[1][i];
            double all = influence[0][i] + influence[1][i] + influence[2][i];
            diff2 += w2 * diff * diff;
            cross += w2 * diff * all;
            all2 += w2 * all * all;
        }
        return new ConcordanceSums(totals[0], totals[1], totals[2], diff2, cross, all2);
    }

    /** Pair totals (concordant, discordant, tied); fills {@code influence} with each row's higher, lower, tied. */
    private static double[] pairs(
            double[] lp,
            double[] start,
            double[] stop,
            boolean[] event,
            RiskSetOrder order,
            double[] w,
            double[][] influence) {
        int n = lp.length;
        int[] rank = ranks(lp);
        int ranks = Arrays.stream(rank).max().orElse(-1) + 1;
        double[] higher = new double[n];
        double[] lower = new double[n];
        double[] tied = new double[n];
        double[] totals = new double[3];
        for (int s = 0; s < order.strata(); s++) {
            deathSide(
                    order.byStop(s), order.byStart(s), rank, ranks, start, stop, event, w, higher, lower, tied, totals);
            rowSide(order.byStop(s), rank, ranks, start, stop, event, w, higher, lower, tied);
        }
        influence[0] = higher;
        influence[1] = lower;
        influence[2] = tied;
        return totals;
    }

    /**
     * C and its standard error from the pair totals and each row's influence (the weight of the
     * concordant, discordant and tied pairs it belongs to), as the dfbeta of Somers' d summed
     * within clusters.
     */
    static Concordance fromPairs(
            double cHigher,
            double cLower,
            double cTied,
            double[] higher,
            double[] lower,
            double[] tied,
            double[] w,
            Optional<int[]> cluster) {
        int n = w.length;
        double npair = cHigher + cLower + cTied;
        double somers = (cHigher - cLower) / npair;
        double[] dfbeta = new double[n];
        for (int i = 0; i < n; i++) {
            dfbeta[i] = w[i] * ((higher[i] - lower[i]) / npair - (somers / npair) * (higher[i] + lower[i] + tied[i]));
        }
        if (cluster.isPresent()) {
            int[] c = cluster.get();
            int k = 0;
            for (int v : c) {
                k = Math.max(k, v + 1);
            }
            double[] summed = new double[k];
            for (int i = 0; i < n; i++) {
                summed[c[i]] += dfbeta[i];
            }
            dfbeta = summed;
        }
        double var = 0;
        for (double v : dfbeta) {
            var += v * v;
        }
        return new Concordance((somers + 1) / 2, Math.sqrt(var / 4), cHigher, cLower, cTied);
    }

    /**
     * For each death: the weight of its risk set below, at and above its rank. The sweep runs
     * down through the death times; a row enters the risk set once the sweep passes below its stop
     * time (censored rows at the death time already count, tied deaths do not) and leaves it once
     * the sweep reaches its start time.
     */
    private static void deathSide(
            int[] byStop,
            int[] byStart,
            int[] rank,
            int ranks,
            double[] start,
            double[] stop,
            boolean[] event,
            double[] w,
            double[] higher,
            double[] lower,
            double[] tied,
            double[] totals) {
        // byStop has censored rows first among equal times, so that they enter with the deaths' risk set
        int[] deaths = Arrays.stream(byStop).filter(i -> event[i]).toArray();
        Fenwick atRisk = new Fenwick(ranks);
        int entered = 0;
        int left = 0;
        int d = 0;
        while (d < deaths.length) {
            double t = stop[deaths[d]];
            // rows at risk at t: stop > t, or stop == t and censored
            while (entered < byStop.length
                    && (stop[byStop[entered]] > t || (stop[byStop[entered]] == t && !event[byStop[entered]]))) {
                atRisk.add(rank[byStop[entered]], w[byStop[entered]]);
                entered++;
            }
            // but not rows whose interval starts at or after t
            while (left < byStart.length && start[byStart[left]] >= t) {
                atRisk.add(rank[byStart[left]], -w[byStart[left]]);
                left++;
            }
            int end = d;
            while (end < deaths.length && stop[deaths[end]] == t) {
                int death = deaths[end];
                double below = atRisk.prefix(rank[death] - 1);
                double at = atRisk.at(rank[death]);
                double above = atRisk.total() - below - at;
                higher[death] += below;
                lower[death] += above;
                tied[death] += at;
                totals[0] += w[death] * below;
                totals[1] += w[death] * above;
                totals[2] += w[death] * at;
                end++;
            }
            // tied deaths are at risk for earlier deaths; the rows-with-stop loop above skipped them
            d = end;
        }
    }

    /**
     * For each row: the weight of the deaths inside its window (start, stop] below, at and above its
     * rank, leaving out deaths at its own stop time when it is itself a death there. Deaths are
     * added in rising time; a row reads the tree before its window opens and once it closes.
     */
    private static void rowSide(
            int[] byStop,
            int[] rank,
            int ranks,
            double[] start,
            double[] stop,
            boolean[] event,
            double[] w,
            double[] higher,
            double[] lower,
            double[] tied) {
        int[] rows = byStop;
        int[] deaths = new int[rows.length];
        int deathCount = 0;
        for (int k = rows.length - 1; k >= 0; k--) {
            if (event[rows[k]]) {
                deaths[deathCount++] = rows[k]; // rising stop time
            }
        }
        deaths = Arrays.copyOf(deaths, deathCount);
        int m = rows.length;
        double firstDeath = deathCount == 0 ? Double.POSITIVE_INFINITY : stop[deaths[0]];
        // queries: (time, inclusive, row, sign); inclusive means deaths at that time are already added.
        // A window opening before the first death subtracts nothing, so it asks nothing (right-censored
        // data, whose windows all open at minus infinity, then asks half as many questions).
        double[] time = new double[2 * m];
        boolean[] inclusive = new boolean[2 * m];
        int[] row = new int[2 * m];
        int[] sign = new int[2 * m];
        int queries = 0;
        for (int k = 0; k < m; k++) {
            int i = rows[k];
            time[queries] = stop[i];
            inclusive[queries] = !event[i];
            row[queries] = i;
            sign[queries] = 1;
            queries++;
            if (start[i] >= firstDeath) {
                time[queries] = start[i];
                inclusive[queries] = true;
                row[queries] = i;
                sign[queries] = -1;
                queries++;
            }
        }
        // by time; at equal times the exclusive queries (deaths strictly before) first
        int[] exclusiveFirst = new int[queries];
        int filled = 0;
        for (int q = 0; q < queries; q++) {
            if (!inclusive[q]) {
                exclusiveFirst[filled++] = q;
            }
        }
        for (int q = 0; q < queries; q++) {
            if (inclusive[q]) {
                exclusiveFirst[filled++] = q;
            }
        }
        int[] order = RowOrder.ascending(time, exclusiveFirst);
        Fenwick deathsSoFar = new Fenwick(ranks);
        int added = 0;
        for (int q : order) {
            while (added < deaths.length
                    && (stop[deaths[added]] < time[q] || (inclusive[q] && stop[deaths[added]] == time[q]))) {
                deathsSoFar.add(rank[deaths[added]], w[deaths[added]]);
                added++;
            }
            int i = row[q];
            double below = deathsSoFar.prefix(rank[i] - 1);
            double at = deathsSoFar.at(rank[i]);
            double above = deathsSoFar.total() - below - at;
            higher[i] += sign[q] * above;
            lower[i] += sign[q] * below;
            tied[i] += sign[q] * at;
        }
    }

    /** Dense ranks of the values: equal values share a rank. */
    private static int[] ranks(double[] values) {
        int[] rank = new int[values.length];
        int[] order = RowOrder.ascending(values, RowOrder.all(values.length));
        int current = -1;
        for (int k = 0; k < order.length; k++) {
            if (k == 0 || values[order[k]] != values[order[k - 1]]) {
                current++;
            }
            rank[order[k]] = current;
        }
        return rank;
    }

    /** Sums of weights by rank, with prefix sums in O(log n). */
    private static final class Fenwick {
        private final double[] tree;
        private final double[] point;
        private double total;

        Fenwick(int size) {
            this.tree = new double[size + 1];
            this.point = new double[size];
        }

        void add(int rank, double weight) {
            total += weight;
            point[rank] += weight;
            for (int i = rank + 1; i < tree.length; i += i & -i) {
                tree[i] += weight;
            }
        }

        /** Sum of the weights at ranks 0 to {@code rank} (none when rank is negative). */
        double prefix(int rank) {
            double sum = 0;
            for (int i = rank + 1; i > 0; i -= i & -i) {
                sum += tree[i];
            }
            return sum;
        }

        /** Sum of the weights at exactly this rank. */
        double at(int rank) {
            return point[rank];
        }

        double total() {
            return total;
        }
    }
}
