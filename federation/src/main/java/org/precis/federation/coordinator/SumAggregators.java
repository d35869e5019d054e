package org.precis.federation.coordinator;

import java.util.Set;

/** Opens a fresh {@link SumAggregator} for each round attempt. */
public interface SumAggregators {
  SumAggregator open(Set<String> sites, int threshold, int vectorLength);
}
