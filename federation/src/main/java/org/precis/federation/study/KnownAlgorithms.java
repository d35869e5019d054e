package org.precis.federation.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.federation.algorithm.CoxStratified;
import org.precis.federation.algorithm.FederatedAlgorithm;
import org.precis.federation.algorithm.KaplanMeierOnGrid;
import org.precis.federation.algorithm.LogRankOnGrid;

/** The algorithms this build of Precis ships, by name; coordinators and sites look studies up here. */
public final class KnownAlgorithms implements AlgorithmCatalog {
  private final Map<String, FederatedAlgorithm> byName = new LinkedHashMap<>();

  public KnownAlgorithms() {
    this(List.of(new CoxStratified(), new KaplanMeierOnGrid(), new LogRankOnGrid()));
  }

  public KnownAlgorithms(List<FederatedAlgorithm> algorithms) {
    algorithms.forEach(algorithm -> byName.put(algorithm.name(), algorithm));
  }

  @Override
  public Optional<FederatedAlgorithm> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }
}
