package org.precis.survival.cox;

import java.util.Optional;

/**
 * The test oracle for {@link ConcordanceFit}: the same sums taken pair by pair, O(n^2), as the
 * definition reads; the standard error from the sums is shared.
 */
final class PairwiseConcordance {
    private PairwiseConcordance() {}

    static Concordance of(
            double[] lp,
            double[] start,
            double[] stop,
            boolean[] event,
            int[] strata,
            double[] w,
            Optional<int[]> cluster) {
        int n = lp.length;
        // influence per row: pairs where the death's risk is higher, lower, tied (R's columns 2, 1, 3 after reverse)
        double[] higher = new double[n];
        double[] lower = new double[n];
        double[] tied = new double[n];
        double cHigher = 0;
        double cLower = 0;
        double cTied = 0;
        for (int d = 0; d < n; d++) {
            if (!event[d]) {
                continue;
            }
            double t = stop[d];
            for (int j = 0; j < n; j++) {
                boolean atRisk = strata[j] == strata[d] && start[j] < t && t <= stop[j];
                boolean tiedDeath = event[j] && stop[j] == t;
                if (!atRisk || tiedDeath) {
                    continue;
                }
                double pair = w[d] * w[j];
                if (lp[d] > lp[j]) {
                    cHigher += pair;
                    higher[d] += w[j];
                    higher[j] += w[d];
                } else if (lp[d] < lp[j]) {
                    cLower += pair;
                    lower[d] += w[j];
                    lower[j] += w[d];
                } else {
                    cTied += pair;
                    tied[d] += w[j];
                    tied[j] += w[d];
                }
            }
        }
        return ConcordanceFit.fromPairs(cHigher, cLower, cTied, higher, lower, tied, w, cluster);
    }
}
