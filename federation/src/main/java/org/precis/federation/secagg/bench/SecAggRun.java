package org.precis.federation.secagg.bench;

import java.util.List;

/**
 * One timed round: its phases, the total time (clients one after another), the critical path
 * (clients in parallel), the plain sum's time and the ratio, bytes per client against the plain
 * vector's, and the largest relative error of the secure sum against a compensated sum.
 */
public record SecAggRun(
        int sites,
        int threshold,
        int length,
        List<SecAggPhase> phases,
        double secureTotalMs,
        double criticalPathMs,
        double plainSumMs,
        double secureVsPlain,
        long secureBytesPerClient,
        long plainBytesPerClient,
        double maxRelativeError) {

    public SecAggRun {
        phases = List.copyOf(phases);
    }
}
