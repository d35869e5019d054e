/**
 * The site node: dials out to the coordinator (hospital firewalls allow nothing in), receives tasks
 * over one bidirectional gRPC stream, checks each against the site's policy, computes its vector with
 * the study's algorithm over its own table, and releases it only masked, through secure aggregation.
 * Every request received, every refusal and every release is written to the site's hash-chained
 * audit log before anything is sent. Reconnects with exponential back-off and jitter.
 */
package org.precis.federation.node;
