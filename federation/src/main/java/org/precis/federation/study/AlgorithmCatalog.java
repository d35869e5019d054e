package org.precis.federation.study;

import java.util.Optional;
import org.precis.federation.algorithm.FederatedAlgorithm;

/** The algorithms a coordinator or site knows, by the name studies use. */
public interface AlgorithmCatalog {
    Optional<FederatedAlgorithm> byName(String name);

    /** The names it knows, for a message that lists them. */
    java.util.List<String> names();
}
