package org.precis.federation.coordinator;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.precis.federation.pki.Role;
import org.precis.federation.study.AlgorithmCatalog;
import org.precis.federation.tls.MutualTls;
import org.precis.federation.tls.PeerIdentities;
import org.precis.federation.wire.Nonces;
import org.precis.federation.wire.ReplayGuard;
import org.precis.federation.wire.WireLimits;

/**
 * A running coordinator: a mutual-TLS gRPC server that sites dial into and researchers submit to,
 * and a study runner that works through the persisted studies one at a time (a site computes one
 * task at a time, so studies in parallel would only interleave). On start it resumes every study
 * its state folder holds that is not over.
 */
public final class Coordinator implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Coordinator.class.getName());

    private final Server server;
    private final ExecutorService studies;
    private final SiteSessions sessions;
    private final RefusalLog refusals;

    private Coordinator(Server server, ExecutorService studies, SiteSessions sessions, RefusalLog refusals) {
        this.server = server;
        this.studies = studies;
        this.sessions = sessions;
        this.refusals = refusals;
    }

    /**
     * Starts listening and resumes unfinished studies. {@code studies} runs the studies; give it a
     * single thread.
     */
    public static Coordinator start(
            CoordinatorSettings settings,
            MutualTls tls,
            AlgorithmCatalog algorithms,
            SumAggregators aggregators,
            Clock clock,
            SecureRandom random,
            ExecutorService studies)
            throws IOException {
        StudyStore store = new StudyStore(settings.stateFolder());
        RefusalLog refusals = new RefusalLog();
        ActiveRounds active = new ActiveRounds(clock);
        SiteSessions sessions = new SiteSessions(clock, active::lost);
        SecureRound rounds =
                new SecureRound(sessions, active, aggregators, new Nonces(random), settings.phaseTimeout(), refusals);
        StudyRunner runner = new StudyRunner(store, algorithms, sessions, rounds, clock, settings.connectWait());
        ReplayGuard replays = new ReplayGuard(100_000);
        java.util.function.Consumer<String> schedule = studyId -> studies.execute(() -> {
            try {
                runner.run(studyId);
                // an ended study has no round in progress: its messages are refused without remembering them
                replays.forgetStudy(studyId);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "study " + studyId + " stopped: " + e.getMessage(), e);
            }
        });
        PeerIdentities identities = new PeerIdentities(tls.verifier());
        Server server = NettyServerBuilder.forAddress(
                        new InetSocketAddress(settings.host(), settings.port()),
                        tls.serverCredentials(Set.of(Role.SITE, Role.RESEARCHER)))
                .maxInboundMessageSize(WireLimits.MAX_MESSAGE_BYTES)
                .permitKeepAliveTime(10, TimeUnit.SECONDS)
                .addService(ServerInterceptors.intercept(
                        new SiteLinkService(sessions, active, replays, refusals, tls.verifier()), identities))
                .addService(ServerInterceptors.intercept(
                        new StudiesService(store, algorithms, schedule, refusals, sessions, settings.connectWait()),
                        identities))
                .build()
                .start();
        Coordinator coordinator = new Coordinator(server, studies, sessions, refusals);
        try {
            for (StudyRecord record : store.all()) {
                if (!record.isOver()) {
                    LOG.log(
                            System.Logger.Level.INFO,
                            "resuming study {0} at round {1}",
                            record.studyId(),
                            record.current().map(r -> r.round()).orElse(0));
                    schedule.accept(record.studyId());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            coordinator.close();
            throw e;
        }
        return coordinator;
    }

    /** The port it listens on (the one chosen when the settings asked for port 0). */
    public int port() {
        return server.getPort();
    }

    public RefusalLog refusals() {
        return refusals;
    }

    /** Blocks until the server stops. */
    public void awaitTermination() throws InterruptedException {
        server.awaitTermination();
    }

    @Override
    public void close() {
        studies.shutdownNow();
        sessions.closeAll();
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
            studies.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
