/**
 * Federated studies: sites compute on their own rows, a coordinator combines protected aggregates.
 *
 * <p>Sub-packages: {@code algorithm} (the pure study algorithms and their contract), {@code cohort}
 * (the demo's site tables), {@code secagg} (secure aggregation after Bonawitz et al. 2017), {@code
 * pki} (collaboration CA and certificates), {@code policy} (what a site allows), {@code audit}
 * (hash-chained audit log), and the transport: {@code proto} (generated from {@code
 * src/main/proto/federation.proto}), {@code wire}, {@code tls}, {@code study}, {@code coordinator},
 * {@code node}, {@code researcher}, {@code config} and {@code demo}. See the module's README.
 */
package org.precis.federation;
