/**
 * Continuous improvement of a registered patch head ({@code precis federation improve}): train a
 * candidate federated from the production version (or from scratch for a first version), register
 * it in the store's model registry as a candidate whose parent is the production version, have
 * every site evaluate it against production on its own validation patches ({@code evaluate-heads}),
 * record each site's verdict, and promote it only when every site says it is better. Everything the
 * studies release is what {@code fedavg}/{@code fedprox} and {@code evaluate-heads} release; the
 * registry and its audit trail are the researcher's.
 */
package org.precis.federation.improve;
