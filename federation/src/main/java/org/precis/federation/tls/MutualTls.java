package org.precis.federation.tls;

import io.grpc.ChannelCredentials;
import io.grpc.ServerCredentials;
import io.grpc.TlsChannelCredentials;
import io.grpc.TlsServerCredentials;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Set;
import javax.net.ssl.X509TrustManager;
import org.precis.federation.pki.CertificateIdentity;
import org.precis.federation.pki.CertificateRefusedException;
import org.precis.federation.pki.CertificateVerifier;
import org.precis.federation.pki.Credentials;
import org.precis.federation.pki.PkiException;
import org.precis.federation.pki.Role;

/**
 * gRPC credentials for mutual TLS inside one collaboration: present our own certificate, admit only
 * peers whose certificate the collaboration CA issued, that are current, unrevoked, and hold one of
 * the roles expected on the other end (a site or researcher talks only to a coordinator).
 */
public final class MutualTls {
    private static final System.Logger LOG = System.getLogger(MutualTls.class.getName());
    private final Credentials own;
    private final CurrentVerifier verifier;
    private final CertificateIdentity identity;

    /** Refuses our own credentials unless the collaboration would admit them. */
    public MutualTls(Credentials own, CurrentVerifier verifier, java.nio.file.Path ownFile) throws PkiException {
        this.own = own;
        this.verifier = verifier;
        try {
            this.identity = verifier.get().verify(own.chainArray());
        } catch (CertificateRefusedException e) {
            throw new PkiException(ownFile + ": our own certificate is not admitted: " + e.getMessage(), e);
        }
    }

    public static MutualTls load(TlsFiles files, Clock clock) throws PkiException {
        Credentials own = Credentials.load(files.privateKey(), files.certificateChain());
        CurrentVerifier verifier = new CurrentVerifier(files.caCertificate(), files.revocationList(), clock);
        return new MutualTls(own, verifier, files.certificateChain());
    }

    /** Who our own certificate says we are. */
    public CertificateIdentity identity() {
        return identity;
    }

    /** The verifier of the revocation list now on disk. */
    public CurrentVerifier verifier() {
        return verifier;
    }

    /** A server that requires every client to present a certificate holding one of the roles. */
    public ServerCredentials serverCredentials(Set<Role> clientRoles) {
        return TlsServerCredentials.newBuilder()
                .keyManager(own.keyManagers())
                .trustManager(new RoleTrustManager(verifier, clientRoles))
                .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE)
                .build();
    }

    /** A client that presents our certificate and admits only a server holding the role. */
    public ChannelCredentials channelCredentials(Role serverRole) {
        return TlsChannelCredentials.newBuilder()
                .keyManager(own.keyManagers())
                .trustManager(new RoleTrustManager(verifier, Set.of(serverRole)))
                .build();
    }

    /** The collaboration's verifier, narrowed to the roles expected on the other end. */
    private static final class RoleTrustManager implements X509TrustManager {
        private final CurrentVerifier verifier;
        private final Set<Role> roles;

        RoleTrustManager(CurrentVerifier verifier, Set<Role> roles) {
            this.verifier = verifier;
            this.roles = Set.copyOf(roles);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateRefusedException {
            admit(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateRefusedException {
            admit(chain);
        }

        private void admit(X509Certificate[] chain) throws CertificateRefusedException {
            try {
                CertificateIdentity peer = current().verify(chain);
                if (!roles.contains(peer.role())) {
                    throw new CertificateRefusedException(
                            peer + " holds role " + peer.role().label() + ", expected one of " + roles);
                }
            } catch (CertificateRefusedException e) {
                LOG.log(System.Logger.Level.WARNING, "refused a TLS peer: {0}", e.getMessage());
                throw e;
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            try {
                return new X509Certificate[] {current().ca()};
            } catch (CertificateRefusedException e) {
                return new X509Certificate[0];
            }
        }

        private CertificateVerifier current() throws CertificateRefusedException {
            try {
                return verifier.get();
            } catch (PkiException e) {
                throw new CertificateRefusedException(e.getMessage());
            }
        }
    }
}
