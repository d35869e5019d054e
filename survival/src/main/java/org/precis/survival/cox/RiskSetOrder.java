package org.precis.survival.cox;

import java.util.Arrays;

/**
 * The orders every risk-set sweep of a fit walks, sorted once per fit: for each stratum its rows
 * by falling stop time (censored rows first among equal times, so that a sweep can take them
 * into a death time's risk set before the deaths) and by falling start time.
 */
final class RiskSetOrder {
    private final int[][] byStop;
    private final int[][] byStart;

    private RiskSetOrder(int[][] byStop, int[][] byStart) {
        this.byStop = byStop;
        this.byStart = byStart;
    }

    static RiskSetOrder of(double[] start, double[] stop, boolean[] event, int[] strata) {
        int[][] members = byStratum(strata);
        int[][] byStop = new int[members.length][];
        int[][] byStart = new int[members.length][];
        for (int s = 0; s < members.length; s++) {
            byStop[s] = RowOrder.descending(stop, censoredFirst(members[s], event));
            byStart[s] = RowOrder.descending(start, members[s]);
        }
        return new RiskSetOrder(byStop, byStart);
    }

    int strata() {
        return byStop.length;
    }

    /** Rows of a stratum by falling stop time, censored first among ties. */
    int[] byStop(int stratum) {
        return byStop[stratum];
    }

    /** Rows of a stratum by falling start time. */
    int[] byStart(int stratum) {
        return byStart[stratum];
    }

    /** The rows of each stratum, in row order. */
    static int[][] byStratum(int[] strata) {
        int k = Arrays.stream(strata).max().orElse(0) + 1;
        int[] counts = new int[k];
        for (int s : strata) {
            counts[s]++;
        }
        int[][] rows = new int[k][];
        for (int s = 0; s < k; s++) {
            rows[s] = new int[counts[s]];
        }
        int[] filled = new int[k];
        for (int i = 0; i < strata.length; i++) {
            rows[strata[i]][filled[strata[i]]++] = i;
        }
        return rows;
    }

    private static int[] censoredFirst(int[] rows, boolean[] event) {
        int[] out = new int[rows.length];
        int filled = 0;
        for (int i : rows) {
            if (!event[i]) {
                out[filled++] = i;
            }
        }
        for (int i : rows) {
            if (event[i]) {
                out[filled++] = i;
            }
        }
        return out;
    }
}
