package org.precis.demo.federation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One demo study's outcome: the federated result beside the pooled single-machine result and their
 * largest relative difference (and where), the rounds, the wall time the coordinator measured, and
 * the bytes and messages each site sent for it (serialized protobuf sizes, counted at the site), and
 * how long the pooled analysis takes on one machine (warm, in the demo's JVM) for comparison.
 */
public record StudyReport(
        String name,
        String algorithm,
        List<String> sites,
        int rounds,
        long wallMillis,
        double pooledMillis,
        JsonNode federated,
        JsonNode pooled,
        double maxRelativeDifference,
        String largestDifferenceAt,
        Map<String, Long> bytesSent,
        Map<String, Long> messagesSent) {
    public StudyReport {
        sites = List.copyOf(sites);
        bytesSent = Map.copyOf(bytesSent);
        messagesSent = Map.copyOf(messagesSent);
    }
}
