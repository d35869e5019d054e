package org.precis.federation.node;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.precis.federation.audit.AuditException;
import org.precis.federation.pki.Role;
import org.precis.federation.proto.CoordinatorMessage;
import org.precis.federation.proto.Hello;
import org.precis.federation.proto.SiteLinkGrpc;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.tls.MutualTls;
import org.precis.federation.wire.WireLimits;

/**
 * A site's connection to its coordinator. The site dials out (hospital firewalls admit outbound
 * connections only), opens one bidirectional stream, and answers the tasks that come down it with
 * {@link SiteTasks}; when the stream ends it dials again after an exponential back-off with jitter.
 * All work happens on one thread of the scheduler it is given, in the order messages arrive.
 */
public final class SiteNode implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SiteNode.class.getName());
    static final String SOFTWARE_VERSION = "precis-federation 0.1.0";
    /** What the log says, followed by the site's identity, each time the coordinator welcomes the site. */
    public static final String WELCOMED = "connected to the coordinator as ";

    private final String host;
    private final int port;
    private final MutualTls tls;
    private final SiteTasks tasks;
    private final Backoff backoff;
    private final ScheduledExecutorService worker;
    private final List<SentMessages> listeners;
    private final java.util.function.Consumer<org.precis.federation.proto.RoundKey> afterRound;
    private int failures;
    private ManagedChannel channel;
    private Connection connection;
    private boolean closed;
    private boolean welcomed;

    /**
     * @param worker a single-threaded scheduler that runs all of the node's work
     * @param listeners told of every message sent (byte counts, inspection)
     * @param afterRound run after each round closes (e.g. to write the byte counts)
     */
    public SiteNode(
            String host,
            int port,
            MutualTls tls,
            SiteTasks tasks,
            Backoff backoff,
            ScheduledExecutorService worker,
            List<SentMessages> listeners,
            java.util.function.Consumer<org.precis.federation.proto.RoundKey> afterRound) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.tasks = tasks;
        this.backoff = backoff;
        this.worker = worker;
        this.listeners = List.copyOf(listeners);
        this.afterRound = afterRound;
    }

    /** Starts dialling; returns at once. */
    public void start() {
        worker.execute(this::connect);
    }

    /** Whether the coordinator has welcomed this site on the current stream. */
    public boolean isConnected() {
        synchronized (this) {
            return welcomed;
        }
    }

    private void connect() {
        synchronized (this) {
            if (closed) {
                return;
            }
            welcomed = false;
            if (channel != null) {
                channel.shutdownNow();
            }
            // a fresh channel a try: the node's back-off decides when to dial, not the channel's own
            channel = NettyChannelBuilder.forAddress(host, port, tls.channelCredentials(Role.COORDINATOR))
                    .maxInboundMessageSize(WireLimits.MAX_MESSAGE_BYTES)
                    .keepAliveTime(30, TimeUnit.SECONDS)
                    .build();
            connection = new Connection();
            connection.toCoordinator = SiteLinkGrpc.newStub(channel).attend(connection);
        }
        send(
                connection,
                SiteMessage.newBuilder()
                        .setHello(Hello.newBuilder().setSoftwareVersion(SOFTWARE_VERSION))
                        .build());
    }

    private void send(Connection on, SiteMessage message) {
        synchronized (this) {
            if (on != connection || closed) {
                return;
            }
            listeners.forEach(listener -> listener.sent(message));
            on.toCoordinator.onNext(message);
        }
    }

    private void reconnectLater(Connection ended, Throwable error) {
        synchronized (this) {
            if (ended != connection || closed) {
                return;
            }
            connection = null;
            welcomed = false;
            Duration delay = backoff.delay(failures++);
            LOG.log(
                    System.Logger.Level.INFO,
                    "stream to {0}:{1} ended ({2}); dialling again in {3} ms",
                    host,
                    String.valueOf(port),
                    error == null ? "completed" : error.getMessage(),
                    delay.toMillis());
            try {
                worker.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closing
            }
        }
    }

    private void handle(Connection on, CoordinatorMessage message) {
        if (message.hasWelcome()) {
            synchronized (this) {
                failures = 0;
                welcomed = true;
            }
            LOG.log(
                    System.Logger.Level.INFO,
                    WELCOMED + "{0}",
                    message.getWelcome().getSite());
            return;
        }
        try {
            Optional<SiteMessage> answer = tasks.handle(message);
            answer.ifPresent(reply -> send(on, reply));
            if (message.hasClosed()) {
                afterRound.accept(message.getClosed().getKey());
            }
        } catch (AuditException e) {
            // without an audit trail the site releases nothing: drop the stream, the round goes on without us
            LOG.log(System.Logger.Level.ERROR, "audit log failed, leaving the round: " + e.getMessage(), e);
            on.toCoordinator.onError(e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (connection != null) {
                connection.toCoordinator.onCompleted();
            }
            if (channel != null) {
                channel.shutdownNow();
            }
        }
    }

    /** One stream to the coordinator; its callbacks move the work onto the node's thread. */
    private final class Connection implements StreamObserver<CoordinatorMessage> {
        private StreamObserver<SiteMessage> toCoordinator;

        @Override
        public void onNext(CoordinatorMessage message) {
            onWorker(() -> handle(this, message));
        }

        @Override
        public void onError(Throwable error) {
            onWorker(() -> reconnectLater(this, error));
        }

        @Override
        public void onCompleted() {
            onWorker(() -> reconnectLater(this, null));
        }

        private void onWorker(Runnable work) {
            try {
                worker.execute(work);
            } catch (RejectedExecutionException e) {
                // the node is closing: its stream's last callbacks have nothing left to do
            }
        }
    }
}
