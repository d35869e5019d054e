/**
 * Mutual TLS for the federation's gRPC connections, over the collaboration PKI: credentials that
 * present a participant's certificate and admit only current, unrevoked peers of the expected role,
 * and the interceptor that hands services the caller's verified certificate identity.
 */
package org.precis.federation.tls;
