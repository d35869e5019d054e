package org.precis.federation.policy;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.PrivacyBudget;

/**
 * What a site allows: the algorithms (by {@code FederatedAlgorithm.name()}), the columns of its
 * table a study may read, the researcher identities (certificate CNs) who may run studies, the
 * minimum cell count of any released count, and the most differential-privacy epsilon (at the
 * study's delta) that training on its patches may spend, all studies together (absent: no limit,
 * and training without differential privacy allowed).
 */
public record SitePolicy(
        Set<String> algorithms,
        Set<String> columns,
        Set<String> researchers,
        int minimumCellCount,
        OptionalDouble maxEpsilon) {

    /** A policy with no privacy budget. */
    public SitePolicy(Set<String> algorithms, Set<String> columns, Set<String> researchers, int minimumCellCount) {
        this(algorithms, columns, researchers, minimumCellCount, OptionalDouble.empty());
    }

    public SitePolicy {
        java.util.Objects.requireNonNull(maxEpsilon, "maxEpsilon");
        maxEpsilon.ifPresent(max -> {
            if (!(max > 0) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("max epsilon must be finite and > 0, got " + max);
            }
        });
        algorithms = Set.copyOf(algorithms);
        columns = Set.copyOf(columns);
        researchers = Set.copyOf(researchers);
        if (minimumCellCount < 1) {
            throw new IllegalArgumentException("minimum cell count must be >= 1, got " + minimumCellCount);
        }
    }

    /** The disclosure rules algorithms apply while computing at this site, with no privacy budget. */
    public DisclosureRules disclosureRules() {
        return new DisclosureRules(minimumCellCount);
    }

    /** The disclosure rules with the site's privacy budget. */
    public DisclosureRules disclosureRules(PrivacyBudget privacy) {
        return new DisclosureRules(minimumCellCount, privacy);
    }

    /**
     * Refuses a request the policy does not allow, naming every reason at once (unknown researcher,
     * algorithm not allowed, columns not allowed), so an operator fixes the request in one go.
     */
    public void permit(String researcher, String algorithm, Collection<String> requestedColumns) {
        StringBuilder reasons = new StringBuilder();
        if (!researchers.contains(researcher)) {
            reasons.append("researcher '").append(researcher).append("' is not allowed to run studies");
        }
        if (!algorithms.contains(algorithm)) {
            append(
                    reasons,
                    "algorithm '" + algorithm + "' is not allowed (allowed: "
                            + String.join(", ", new TreeSet<>(algorithms)) + ")");
        }
        List<String> refused = requestedColumns.stream()
                .filter(column -> !columns.contains(column))
                .distinct()
                .sorted()
                .toList();
        if (!refused.isEmpty()) {
            append(reasons, "column" + (refused.size() > 1 ? "s " : " ") + String.join(", ", refused) + " not allowed");
        }
        if (reasons.length() > 0) {
            throw new PolicyException("site policy refuses the request: " + reasons);
        }
    }

    private static void append(StringBuilder reasons, String reason) {
        if (reasons.length() > 0) {
            reasons.append("; ");
        }
        reasons.append(reason);
    }
}
