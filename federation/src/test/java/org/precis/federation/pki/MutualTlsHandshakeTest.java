package org.precis.federation.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TLS over loopback with the JDK's SSLSocket, both sides presenting issued certificates. */
class MutualTlsHandshakeTest {
    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
    private final Clock issueClock = Clock.fixed(ISSUED, ZoneOffset.UTC);
    private final Clock now = Clock.fixed(ISSUED.plus(Duration.ofDays(10)), ZoneOffset.UTC);
    private final SecureRandom random = new SecureRandom();
    private ExecutorService executor;

    @TempDir
    Path folder;

    @BeforeEach
    void startExecutor() {
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void stopExecutor() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void issuedCertificatesAuthenticateEachOther() throws Exception {
        CollaborationCa ca = CollaborationCa.init(
                folder.resolve("ca"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        Credentials coordinator = ca.issue(
                CertificateRequest.of("coordinator", Role.COORDINATOR, List.of("localhost", "127.0.0.1")),
                issueClock,
                random);
        Credentials site = ca.issue(CertificateRequest.of("oslo", Role.SITE, List.of()), issueClock, random);
        CertificateVerifier verifier = new CertificateVerifier(ca.certificate(), ca.revocations(), now);

        Exchange exchange = exchange(coordinator, site, verifier, verifier);

        assertThat(exchange.serverSawClient()).isEqualTo(new CertificateIdentity("oslo", Role.SITE));
        assertThat(exchange.clientSawServer()).isEqualTo(new CertificateIdentity("coordinator", Role.COORDINATOR));
        assertThat(exchange.echoed()).isEqualTo(42);
    }

    @Test
    void serverRefusesClientWithForeignCertificate() throws Exception {
        CollaborationCa ca = CollaborationCa.init(
                folder.resolve("ca"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        CollaborationCa foreign = CollaborationCa.init(
                folder.resolve("foreign"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        Credentials coordinator = ca.issue(
                CertificateRequest.of("coordinator", Role.COORDINATOR, List.of("127.0.0.1")), issueClock, random);
        Credentials impostor = foreign.issue(CertificateRequest.of("oslo", Role.SITE, List.of()), issueClock, random);
        CertificateVerifier verifier = new CertificateVerifier(ca.certificate(), ca.revocations(), now);
        // The impostor trusts the real CA, so only the server's check can stop it.
        Throwable failure = catchThrowable(() -> exchange(coordinator, impostor, verifier, verifier));

        assertThat(failure).isNotNull();
        assertThat(failure).hasStackTraceContaining("not signed by the collaboration CA");
    }

    @Test
    void clientRefusesServerWithRevokedCertificate() throws Exception {
        CollaborationCa ca = CollaborationCa.init(
                folder.resolve("ca"), "Test collaboration", CollaborationCa.DEFAULT_VALIDITY, issueClock, random);
        Credentials coordinator = ca.issue(
                CertificateRequest.of("coordinator", Role.COORDINATOR, List.of("127.0.0.1")), issueClock, random);
        Credentials site = ca.issue(CertificateRequest.of("oslo", Role.SITE, List.of()), issueClock, random);
        CertificateVerifier serverView = new CertificateVerifier(ca.certificate(), ca.revocations(), now);
        ca.revoke(coordinator.certificate(), now);
        CertificateVerifier clientView = new CertificateVerifier(ca.certificate(), ca.revocations(), now);

        Throwable failure = catchThrowable(() -> exchange(coordinator, site, serverView, clientView));

        assertThat(failure).hasStackTraceContaining("is revoked");
    }

    private record Exchange(CertificateIdentity serverSawClient, CertificateIdentity clientSawServer, int echoed) {}

    private Exchange exchange(
            Credentials server,
            Credentials client,
            CertificateVerifier serverVerifier,
            CertificateVerifier clientVerifier)
            throws Exception {
        SSLContext serverContext = context(server, serverVerifier);
        SSLContext clientContext = context(client, clientVerifier);
        try (SSLServerSocket listener = (SSLServerSocket)
                serverContext.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setNeedClientAuth(true);
            Future<CertificateIdentity> accepted = executor.submit(() -> {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.startHandshake();
                    CertificateIdentity peer = CertificateIdentity.of((java.security.cert.X509Certificate)
                            socket.getSession().getPeerCertificates()[0]);
                    socket.getOutputStream().write(socket.getInputStream().read());
                    socket.getOutputStream().flush();
                    return peer;
                }
            });
            try (SSLSocket socket = (SSLSocket) clientContext
                    .getSocketFactory()
                    .createSocket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
                socket.setSoTimeout(10_000);
                socket.startHandshake();
                CertificateIdentity serverIdentity = CertificateIdentity.of(
                        (java.security.cert.X509Certificate) socket.getSession().getPeerCertificates()[0]);
                socket.getOutputStream().write(42);
                socket.getOutputStream().flush();
                int echoed = socket.getInputStream().read();
                CertificateIdentity clientIdentity = accepted.get(10, TimeUnit.SECONDS);
                if (echoed < 0) {
                    throw new IOException("server closed the connection");
                }
                return new Exchange(clientIdentity, serverIdentity, echoed);
            } catch (IOException clientFailure) {
                // The server's reason is the interesting one when it refused us; keep both.
                try {
                    accepted.get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException serverFailure) {
                    clientFailure.addSuppressed(serverFailure.getCause());
                }
                throw clientFailure;
            }
        }
    }

    private SSLContext context(Credentials credentials, CertificateVerifier verifier) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(credentials.keyManagers(), new TrustManager[] {verifier.trustManager()}, random);
        return context;
    }
}
