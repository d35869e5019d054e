package org.precis.federation.pki;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Who a certificate speaks for: the subject's CN (identity) and OU (role). */
public record CertificateIdentity(String identity, Role role) {
    public CertificateIdentity {
        if (identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("identity must not be blank");
        }
        if (role == null) {
            throw new IllegalArgumentException("role must be given");
        }
    }

    /**
     * Reads the identity from a certificate's subject; a certificate without exactly one CN and one
     * OU naming a known role is refused.
     */
    public static CertificateIdentity of(X509Certificate certificate) throws CertificateRefusedException {
        List<String> commonNames = new ArrayList<>();
        List<String> units = new ArrayList<>();
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    commonNames.add(rdn.getValue().toString());
                } else if (rdn.getType().equalsIgnoreCase("OU")) {
                    units.add(rdn.getValue().toString());
                }
            }
        } catch (InvalidNameException e) {
            throw new CertificateRefusedException("unreadable subject name: " + e.getMessage());
        }
        String subject = certificate.getSubjectX500Principal().getName();
        if (commonNames.size() != 1 || units.size() != 1) {
            throw new CertificateRefusedException(
                    "certificate subject '" + subject + "' needs exactly one CN and one OU");
        }
        try {
            return new CertificateIdentity(commonNames.get(0), Role.ofLabel(units.get(0)));
        } catch (IllegalArgumentException e) {
            throw new CertificateRefusedException("certificate subject '" + subject + "': " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return role.label() + ":" + identity;
    }
}
