/**
 * Federated studies: sites compute on their own rows, a coordinator combines protected aggregates.
 *
 * <p>Sub-packages: {@code algorithm} (the pure study algorithms and their contract), {@code secagg}
 * (secure aggregation after Bonawitz et al. 2017), {@code pki} (collaboration CA and certificates),
 * {@code policy} (what a site allows), {@code audit} (hash-chained audit log), and the transport
 * (coordinator, site node, protobuf schemas).
 */
package org.precis.federation;
