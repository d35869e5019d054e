/**
 * The collaboration's public-key infrastructure: a collaboration CA, short-lived EC P-256
 * certificates that carry an identity (CN) and a role (OU), a signed revocation list, and the
 * verifier the transport plugs into TLS so that only current, unrevoked certificates of this CA are
 * admitted.
 *
 * <p>Certificates are built with Bouncy Castle but read, verified and used through the JDK's own
 * providers (no provider is registered globally), so the same files work with the JDK's SSLEngine
 * and with Netty's {@code SslContextBuilder} (key as PKCS#8 PEM, chain as PEM).
 */
package org.precis.federation.pki;
