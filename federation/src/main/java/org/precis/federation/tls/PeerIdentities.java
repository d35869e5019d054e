package org.precis.federation.tls;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.precis.federation.pki.CertificateIdentity;
import org.precis.federation.pki.CertificateRefusedException;
import org.precis.federation.pki.PkiException;

/**
 * Puts the caller's certificate identity into the gRPC context of every call, so services decide by
 * who the certificate says the caller is, never by what a message claims. A call without a verified
 * certificate is refused before any service sees it.
 */
public final class PeerIdentities implements ServerInterceptor {
    /** The verified identity of the caller of the current call. */
    public static final Context.Key<CertificateIdentity> CALLER = Context.key("precis-caller");
    /** The caller's certificate chain, to check again on a long-lived stream (revocation). */
    public static final Context.Key<X509Certificate[]> CALLER_CHAIN = Context.key("precis-caller-chain");

    private final CurrentVerifier verifier;

    public PeerIdentities(CurrentVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
        if (session == null) {
            call.close(Status.UNAUTHENTICATED.withDescription("mutual TLS is required"), new Metadata());
            return new ServerCall.Listener<>() {};
        }
        try {
            Certificate[] presented = session.getPeerCertificates();
            X509Certificate[] chain = new X509Certificate[presented.length];
            for (int i = 0; i < presented.length; i++) {
                chain[i] = (X509Certificate) presented[i];
            }
            CertificateIdentity caller = verifier.get().verify(chain);
            return Contexts.interceptCall(
                    Context.current().withValue(CALLER, caller).withValue(CALLER_CHAIN, chain), call, headers, next);
        } catch (SSLPeerUnverifiedException | PkiException | CertificateRefusedException | ClassCastException e) {
            call.close(
                    Status.UNAUTHENTICATED.withDescription("certificate refused: " + e.getMessage()), new Metadata());
            return new ServerCall.Listener<>() {};
        }
    }
}
