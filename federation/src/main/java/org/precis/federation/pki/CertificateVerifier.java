package org.precis.federation.pki;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import javax.net.ssl.X509TrustManager;

/**
 * Decides whether a peer's certificate chain is admitted: the leaf must be signed by the
 * collaboration CA, be within its validity window at the clock's instant (as must the CA), not be
 * revoked, not be a CA itself, and name an identity and a role. The transport plugs {@link
 * #trustManager()} into TLS and checks {@link #admit} against the study's participants.
 */
public final class CertificateVerifier {
    private final X509Certificate ca;
    private final RevocationList revocations;
    private final Clock clock;

    public CertificateVerifier(X509Certificate ca, RevocationList revocations, Clock clock) {
        this.ca = ca;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** A verifier for the CA certificate and CRL files a coordinator or site is given. */
    public static CertificateVerifier load(Path caCertificateFile, Path revocationFile, Clock clock)
            throws PkiException {
        X509Certificate ca = PemFiles.readCertificates(caCertificateFile).get(0);
        return new CertificateVerifier(ca, RevocationList.load(revocationFile, ca), clock);
    }

    public X509Certificate ca() {
        return ca;
    }

    /** Verifies a chain (leaf first) and returns who it speaks for. */
    public CertificateIdentity verify(X509Certificate[] chain) throws CertificateRefusedException {
        if (chain == null || chain.length == 0) {
            throw new CertificateRefusedException("no certificate presented");
        }
        return verify(chain[0]);
    }

    /** Verifies a leaf certificate and returns who it speaks for. */
    public CertificateIdentity verify(X509Certificate leaf) throws CertificateRefusedException {
        String subject = leaf.getSubjectX500Principal().getName();
        if (!leaf.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            throw new CertificateRefusedException(
                    "certificate '" + subject + "' was not issued by the collaboration CA");
        }
        try {
            leaf.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CertificateRefusedException(
                    "certificate '" + subject + "' is not signed by the collaboration CA");
        }
        Instant now = clock.instant();
        checkValidity(ca, now, "collaboration CA certificate");
        checkValidity(leaf, now, "certificate '" + subject + "'");
        if (leaf.getBasicConstraints() >= 0) {
            throw new CertificateRefusedException(
                    "certificate '" + subject + "' is a CA certificate, not a participant's");
        }
        if (revocations.isRevoked(leaf)) {
            throw new CertificateRefusedException("certificate '" + subject + "' (serial "
                    + leaf.getSerialNumber().toString(16) + ") is revoked");
        }
        return CertificateIdentity.of(leaf);
    }

    /** Verifies a chain and requires its identity to be one of the study's participants. */
    public CertificateIdentity admit(X509Certificate[] chain, Collection<CertificateIdentity> participants)
            throws CertificateRefusedException {
        CertificateIdentity identity = verify(chain);
        if (!participants.contains(identity)) {
            throw new CertificateRefusedException(identity + " is not a participant of this study");
        }
        return identity;
    }

    /** A trust manager that admits exactly the chains {@link #verify} accepts, for clients and servers. */
    public X509TrustManager trustManager() {
        return new TrustManager();
    }

    private static void checkValidity(X509Certificate certificate, Instant now, String what)
            throws CertificateRefusedException {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new CertificateRefusedException(
                    what + " expired at " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new CertificateRefusedException(
                    what + " is not valid before " + certificate.getNotBefore().toInstant());
        }
    }

    private final class TrustManager implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateRefusedException {
            verify(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateRefusedException {
            verify(chain);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return List.of(ca).toArray(X509Certificate[]::new);
        }
    }
}
