package org.precis.federation.secagg.bench;

/**
 * One phase of a secure-aggregation round: time in all clients together, the slowest client and
 * the server, in milliseconds; bytes up and down per client.
 */
public record SecAggPhase(
        String name,
        double clientsMs,
        double slowestClientMs,
        double serverMs,
        long bytesUpPerClient,
        long bytesDownPerClient) {}
