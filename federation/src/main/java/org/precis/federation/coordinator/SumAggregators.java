package org.precis.federation.coordinator;

import java.util.Set;

/** Opens a fresh {@link SumAggregator} for each round attempt. */
public interface SumAggregators {
    /** {@code session} names the round attempt; every site uses the same one. */
    SumAggregator open(String session, Set<String> sites, int threshold, int vectorLength);
}
