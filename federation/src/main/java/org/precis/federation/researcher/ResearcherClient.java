package org.precis.federation.researcher;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.precis.federation.pki.Role;
import org.precis.federation.proto.StudiesGrpc;
import org.precis.federation.proto.StudyQuery;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.proto.StudySubmission;
import org.precis.federation.study.StudySpec;
import org.precis.federation.study.StudySpecs;
import org.precis.federation.tls.MutualTls;
import org.precis.federation.wire.WireLimits;

/**
 * A researcher's connection to a coordinator (mutual TLS with a researcher certificate): submits a
 * study and waits for its result, asking again while the coordinator is unreachable (a restarted
 * coordinator resumes the study, so the wait carries on across it).
 */
public final class ResearcherClient implements AutoCloseable {
    private final ManagedChannel channel;
    private final StudiesGrpc.StudiesBlockingStub studies;
    private final Clock clock;
    private final StudySpecs specs = new StudySpecs();

    public ResearcherClient(String host, int port, MutualTls tls, Clock clock) {
        this.channel = NettyChannelBuilder.forAddress(host, port, tls.channelCredentials(Role.COORDINATOR))
                .maxInboundMessageSize(WireLimits.MAX_MESSAGE_BYTES)
                .build();
        this.studies = StudiesGrpc.newBlockingStub(channel);
        this.clock = clock;
    }

    /** Submits; a refusal (not the study's researcher, already submitted, malformed) is a StatusRuntimeException. */
    public StudyStatus submit(StudySpec spec) {
        return studies.withDeadlineAfter(30, TimeUnit.SECONDS)
                .submit(StudySubmission.newBuilder()
                        .setStudyJson(ByteString.copyFrom(specs.toJson(spec)))
                        .build());
    }

    public StudyStatus status(String studyId) {
        return studies.withDeadlineAfter(30, TimeUnit.SECONDS)
                .status(StudyQuery.newBuilder().setStudyId(studyId).build());
    }

    /**
     * Asks every {@code poll} until the study is finished or failed or {@code timeout} has passed;
     * IllegalStateException on timeout.
     */
    public StudyStatus awaitEnd(String studyId, Duration poll, Duration timeout) throws InterruptedException {
        long deadline = clock.millis() + timeout.toMillis();
        while (true) {
            try {
                StudyStatus status = status(studyId);
                if (status.getState() == StudyState.FINISHED || status.getState() == StudyState.FAILED) {
                    return status;
                }
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() != Status.Code.UNAVAILABLE) {
                    throw e;
                }
            }
            if (clock.millis() > deadline) {
                throw new IllegalStateException(
                        "study '" + studyId + "' did not end within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(poll.toMillis());
        }
    }

    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
