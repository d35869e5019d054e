package org.precis.federation.pki;

import java.security.cert.CertificateException;

/**
 * A peer's certificate is not admitted: not issued by the collaboration CA, outside its validity
 * window, revoked, without a role, or not listed in the study. A {@link CertificateException} so
 * that it travels through a TLS trust manager unchanged.
 */
public final class CertificateRefusedException extends CertificateException {
    public CertificateRefusedException(String message) {
        super(message);
    }
}
