package org.precis.federation.pki;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.TreeSet;

/** The serial numbers the collaboration CA has revoked, from a CRL whose signature was checked. */
public final class RevocationList {
    private final Set<BigInteger> serials;

    private RevocationList(Set<BigInteger> serials) {
        this.serials = Set.copyOf(serials);
    }

    /** Loads a PEM CRL and checks that the collaboration CA issued and signed it. */
    public static RevocationList load(Path crlFile, X509Certificate ca) throws PkiException {
        X509CRL crl = PemFiles.readCrl(crlFile);
        if (!crl.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            throw new PkiException(
                    crlFile + ": issued by " + crl.getIssuerX500Principal() + ", not by the collaboration CA");
        }
        try {
            crl.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new PkiException(crlFile + ": signature does not verify against the collaboration CA", e);
        }
        Set<BigInteger> serials = new TreeSet<>();
        Set<? extends X509CRLEntry> entries = crl.getRevokedCertificates();
        if (entries != null) {
            for (X509CRLEntry entry : entries) {
                serials.add(entry.getSerialNumber());
            }
        }
        return new RevocationList(serials);
    }

    /** A list that revokes nothing, for a collaboration that has not revoked anyone yet. */
    public static RevocationList none() {
        return new RevocationList(Set.of());
    }

    public Set<BigInteger> serials() {
        return serials;
    }

    public boolean isRevoked(X509Certificate certificate) {
        return serials.contains(certificate.getSerialNumber());
    }
}
