package org.precis.demo.federation;

import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.precis.federation.pki.CertificateVerifier;
import org.precis.federation.pki.Credentials;
import org.precis.federation.proto.CoordinatorMessage;
import org.precis.federation.proto.Hello;
import org.precis.federation.proto.SiteLinkGrpc;
import org.precis.federation.proto.SiteMessage;

/**
 * A site stream the test drives by hand with a site's own certificate: it sends whatever the test
 * tells it, however malformed, and hands the test whatever the coordinator sends back.
 */
final class RogueSite implements AutoCloseable {
    final BlockingQueue<CoordinatorMessage> received = new LinkedBlockingQueue<>();
    final BlockingQueue<Throwable> ended = new LinkedBlockingQueue<>();
    private final ManagedChannel channel;
    private final StreamObserver<SiteMessage> toCoordinator;

    RogueSite(int port, Credentials credentials, CertificateVerifier verifier) {
        channel = NettyChannelBuilder.forAddress(
                        "localhost",
                        port,
                        TlsChannelCredentials.newBuilder()
                                .keyManager(credentials.keyManagers())
                                .trustManager(verifier.trustManager())
                                .build())
                .build();
        toCoordinator = SiteLinkGrpc.newStub(channel).attend(new StreamObserver<>() {
            @Override
            public void onNext(CoordinatorMessage message) {
                received.add(message);
            }

            @Override
            public void onError(Throwable error) {
                ended.add(error);
            }

            @Override
            public void onCompleted() {
                ended.add(new IllegalStateException("completed"));
            }
        });
        send(SiteMessage.newBuilder()
                .setHello(Hello.newBuilder().setSoftwareVersion("rogue"))
                .build());
    }

    void send(SiteMessage message) {
        toCoordinator.onNext(message);
    }

    /** The next message of the given kind, skipping others; fails after 30 s. */
    CoordinatorMessage next(CoordinatorMessage.BodyCase kind) throws InterruptedException {
        while (true) {
            CoordinatorMessage message = received.poll(30, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no " + kind + " from the coordinator; stream ended: " + ended.peek());
            }
            if (message.getBodyCase() == kind) {
                return message;
            }
        }
    }

    @Override
    public void close() {
        channel.shutdownNow();
    }
}
