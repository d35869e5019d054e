/**
 * Secure aggregation after Bonawitz et al., "Practical Secure Aggregation for Privacy-Preserving
 * Machine Learning" (CCS 2017): the coordinator learns the element-wise sum of the sites' vectors
 * and nothing about any one site's vector, even when sites drop out mid-round (down to a threshold
 * t of more than half of them).
 *
 * <p>Pure, transport-free state machines, one object per participant per round: {@link
 * org.precis.federation.secagg.SecAggClient} (a site) and {@link
 * org.precis.federation.secagg.SecAggServer} (the coordinator). Every message is a record with
 * {@code toBytes()} and a validating, size-bounded {@code fromBytes(byte[])}, so the transport
 * carries opaque bytes. The transport must check that a message's client id is the identity of
 * the mutual-TLS peer that sent it; the protocol here is the honest-but-curious variant (no
 * signatures on the advertised keys), relying on that authentication.
 *
 * <p>Cryptography is the JDK's: X25519 key agreement (XDH), HKDF-SHA256 (over HmacSHA256), AES-256-CTR
 * as the mask PRG, AES-256-GCM for the relayed shares; Shamir sharing over the prime 2^521 - 1 is
 * implemented here with BigInteger. Values are fixed-point encoded in Z_2^128 (see {@link
 * org.precis.federation.secagg.FixedPoint} for why that ring and scale).
 */
package org.precis.federation.secagg;
