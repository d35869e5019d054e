package org.precis.federation.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.federation.algorithm.FederatedAlgorithm;
import org.precis.federation.algorithm.FederatedAlgorithms;

/**
 * The algorithms a coordinator or site runs, by name; by default every algorithm Precis ships. An
 * instance is shared by all studies: algorithms are pure functions.
 */
public final class KnownAlgorithms implements AlgorithmCatalog {
    private final Map<String, FederatedAlgorithm> byName = new LinkedHashMap<>();

    /** Every algorithm of {@link FederatedAlgorithms}. */
    public KnownAlgorithms() {
        this(FederatedAlgorithms.names().stream()
                .map(FederatedAlgorithms::named)
                .toList());
    }

    public KnownAlgorithms(List<FederatedAlgorithm> algorithms) {
        algorithms.forEach(algorithm -> byName.put(algorithm.name(), algorithm));
    }

    @Override
    public Optional<FederatedAlgorithm> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
