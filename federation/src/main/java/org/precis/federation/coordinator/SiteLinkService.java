package org.precis.federation.coordinator;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.security.cert.X509Certificate;
import org.precis.federation.pki.CertificateIdentity;
import org.precis.federation.pki.CertificateRefusedException;
import org.precis.federation.pki.PkiException;
import org.precis.federation.pki.Role;
import org.precis.federation.proto.CoordinatorMessage;
import org.precis.federation.proto.Phase;
import org.precis.federation.proto.RoundKey;
import org.precis.federation.proto.SiteLinkGrpc;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.proto.Welcome;
import org.precis.federation.tls.CurrentVerifier;
import org.precis.federation.tls.PeerIdentities;
import org.precis.federation.wire.ReplayGuard;
import org.precis.federation.wire.WireLimits;

/**
 * The coordinator's end of the sites' streams: admits a caller whose certificate says it is a site,
 * checks every message (fresh nonce, no replay, sane size) and hands it to its round. A refused
 * message is logged with its reason and otherwise ignored; nothing from it reaches a sum.
 */
final class SiteLinkService extends SiteLinkGrpc.SiteLinkImplBase {
    private static final System.Logger LOG = System.getLogger(SiteLinkService.class.getName());

    private final SiteSessions sessions;
    private final ActiveRounds active;
    private final ReplayGuard replays;
    private final RefusalLog refusals;
    private final CurrentVerifier verifier;

    SiteLinkService(
            SiteSessions sessions,
            ActiveRounds active,
            ReplayGuard replays,
            RefusalLog refusals,
            CurrentVerifier verifier) {
        this.sessions = sessions;
        this.active = active;
        this.replays = replays;
        this.refusals = refusals;
        this.verifier = verifier;
    }

    @Override
    public StreamObserver<SiteMessage> attend(StreamObserver<CoordinatorMessage> toSite) {
        CertificateIdentity caller = PeerIdentities.CALLER.get();
        if (caller == null || caller.role() != Role.SITE) {
            refusals.add(String.valueOf(caller), "only sites may attend, refused");
            toSite.onError(Status.PERMISSION_DENIED
                    .withDescription("only a site certificate may attend")
                    .asRuntimeException());
            return new Ignored();
        }
        X509Certificate[] chain = PeerIdentities.CALLER_CHAIN.get();
        SiteSession session = new SiteSession(caller.identity(), toSite);
        return new StreamObserver<>() {
            private boolean greeted;
            private boolean refused;

            @Override
            public void onNext(SiteMessage message) {
                if (refused) {
                    return;
                }
                try {
                    // a stream lives for days: its certificate is checked against today's revocation list
                    verifier.get().verify(chain);
                } catch (PkiException | CertificateRefusedException e) {
                    refused = true;
                    refusals.add(caller.identity(), "certificate no longer admitted: " + e.getMessage());
                    sessions.remove(session);
                    toSite.onError(Status.PERMISSION_DENIED
                            .withDescription("certificate no longer admitted: " + e.getMessage())
                            .asRuntimeException());
                    return;
                }
                switch (message.getBodyCase()) {
                    case HELLO -> {
                        if (!greeted) {
                            greeted = true;
                            sessions.register(session);
                            session.send(CoordinatorMessage.newBuilder()
                                    .setWelcome(Welcome.newBuilder().setSite(caller.identity()))
                                    .build());
                            LOG.log(System.Logger.Level.INFO, "site {0} connected", caller.identity());
                        }
                    }
                    case STEP, REFUSAL -> deliver(message);
                    default -> refusals.add(caller.identity(), "message without a body");
                }
            }

            private void deliver(SiteMessage message) {
                if (!greeted) {
                    refusals.add(caller.identity(), "message before Hello");
                    return;
                }
                RoundKey key = message.hasStep()
                        ? message.getStep().getKey()
                        : message.getRefusal().getKey();
                Phase phase = message.hasStep() ? message.getStep().getPhase() : Phase.PHASE_UNSPECIFIED;
                if (message.hasStep() && message.getStep().getPayloadCount() > WireLimits.MAX_PAYLOADS) {
                    refusals.add(
                            caller.identity(),
                            "too many payloads: " + message.getStep().getPayloadCount());
                    return;
                }
                ReplayGuard.Verdict verdict = replays.admit(
                        caller.identity(),
                        key,
                        phase,
                        message.hasStep()
                                ? message.getStep().getNonce()
                                : message.getRefusal().getNonce());
                if (!verdict.fresh()) {
                    refusals.add(caller.identity(), verdict.reason());
                    return;
                }
                String refused = active.deliver(caller.identity(), message);
                if (refused != null) {
                    refusals.add(caller.identity(), refused);
                } else if (message.hasRefusal()) {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "site {0} refused study {1}: {2}",
                            caller.identity(),
                            key.getStudyId(),
                            message.getRefusal().getReason());
                }
            }

            @Override
            public void onError(Throwable error) {
                LOG.log(System.Logger.Level.INFO, "site {0} disconnected: {1}", caller.identity(), error.getMessage());
                sessions.remove(session);
            }

            @Override
            public void onCompleted() {
                sessions.remove(session);
                session.close();
            }
        };
    }

    /** The stream of a refused caller: nothing it sends is read. */
    private static final class Ignored implements StreamObserver<SiteMessage> {
        @Override
        public void onNext(SiteMessage message) {}

        @Override
        public void onError(Throwable error) {}

        @Override
        public void onCompleted() {}
    }
}
