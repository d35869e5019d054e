package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.precis.survival.data.SurvivalTable;

/**
 * Runs a study in one process: start, every site's compute, a plain element-wise sum, aggregate,
 * until the study finishes or fails. For tests and for the demo's pooled-versus-federated
 * comparison; the real study runs the same three functions across processes with a secure sum.
 */
public final class LocalStudyRun {
    /** Rounds at most, so a faulty algorithm cannot loop for ever. */
    public static final int MAX_ROUNDS = 1000;

    /**
     * The run's end.
     *
     * @param outcome {@link RoundOutcome.Finished} or {@link RoundOutcome.Failed}
     * @param rounds rounds run
     * @param vectorLengths the length of every round's vector, in order
     */
    public record Outcome(RoundOutcome outcome, int rounds, List<Integer> vectorLengths) {
        public Outcome {
            vectorLengths = List.copyOf(vectorLengths);
        }

        /** The result; fails with the study's reason when it failed. */
        public JsonNode result() {
            if (outcome instanceof RoundOutcome.Finished f) {
                return f.result();
            }
            throw new IllegalStateException("the study failed: " + ((RoundOutcome.Failed) outcome).reason());
        }
    }

    private LocalStudyRun() {}

    /** Runs with each site's tables under the given disclosure rules; sites in the map's order. */
    public static Outcome run(
            FederatedAlgorithm algorithm,
            StudyParameters parameters,
            Map<String, SurvivalTable> sites,
            DisclosureRules rules) {
        Map<String, SiteData> data = new java.util.LinkedHashMap<>();
        sites.forEach((site, table) -> data.put(site, SiteData.of(site, table)));
        return runOnSites(algorithm, parameters, data, rules);
    }

    /**
     * Runs with everything each site holds under the given disclosure rules; sites in the map's
     * order, which is also the study's site list when {@code parameters} lists none.
     */
    public static Outcome runOnSites(
            FederatedAlgorithm algorithm,
            StudyParameters parameters,
            Map<String, SiteData> sites,
            DisclosureRules rules) {
        StudyParameters study =
                parameters.sites().isEmpty() ? parameters.withSites(List.copyOf(sites.keySet())) : parameters;
        RoundRequest request = algorithm.start(study);
        List<Integer> lengths = new ArrayList<>();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            lengths.add(request.vectorLength());
            double[] sum = new double[request.vectorLength()];
            for (var site : sites.entrySet()) {
                double[] values =
                        algorithm.compute(request, site.getValue(), rules).values();
                if (values.length != sum.length) {
                    throw new IllegalStateException("site " + site.getKey() + " answered " + values.length
                            + " values to a request for " + sum.length);
                }
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += values[i];
                }
            }
            RoundOutcome outcome = algorithm.aggregate(request, new SecureSum(sum, List.copyOf(sites.keySet())));
            if (outcome instanceof RoundOutcome.NextRound next) {
                request = next.request();
            } else {
                return new Outcome(outcome, round, lengths);
            }
        }
        throw new IllegalStateException(algorithm.name() + " did not finish in " + MAX_ROUNDS + " rounds");
    }

    /** With the default disclosure rules. */
    public static Outcome run(
            FederatedAlgorithm algorithm, StudyParameters parameters, Map<String, SurvivalTable> sites) {
        return run(algorithm, parameters, sites, DisclosureRules.defaults());
    }
}
