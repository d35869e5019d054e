package org.precis.survival.cox;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The risk set and the deaths at every distinct event time of every stratum, visited in
 * increasing time within each stratum. A row is at risk at t when {@code start < t <= stop}.
 * Plainly quadratic, which is fine for the residuals and curves computed once per fit.
 */
final class EventTimes {
    private final double[] start;
    private final double[] stop;
    private final boolean[] event;
    private final int[] strata;
    private final int nStrata;

    /** Receives one event time: the stratum, the time, rows at risk (deaths included) and the deaths. */
    interface Visitor {
        void visit(int stratum, double time, int[] atRisk, int[] deaths);
    }

    EventTimes(double[] start, double[] stop, boolean[] event, int[] strata) {
        this.start = start;
        this.stop = stop;
        this.event = event;
        this.strata = strata;
        this.nStrata = Arrays.stream(strata).max().orElse(0) + 1;
    }

    int strataCount() {
        return nStrata;
    }

    void forEach(Visitor visitor) {
        int n = stop.length;
        for (int s = 0; s < nStrata; s++) {
            TreeSet<Double> times = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                if (strata[i] == s && event[i]) {
                    times.add(stop[i]);
                }
            }
            int[] risk = new int[n];
            int[] dead = new int[n];
            for (double t : times) {
                int nr = 0;
                int nd = 0;
                for (int i = 0; i < n; i++) {
                    if (strata[i] == s && start[i] < t && t <= stop[i]) {
                        risk[nr++] = i;
                        if (event[i] && stop[i] == t) {
                            dead[nd++] = i;
                        }
                    }
                }
                visitor.visit(s, t, Arrays.copyOf(risk, nr), Arrays.copyOf(dead, nd));
            }
        }
    }
}
