package org.precis.federation.coordinator;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.util.Optional;
import java.util.function.Consumer;
import org.precis.federation.pki.CertificateIdentity;
import org.precis.federation.pki.Role;
import org.precis.federation.proto.StudiesGrpc;
import org.precis.federation.proto.StudyQuery;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.proto.StudySubmission;
import org.precis.federation.study.AlgorithmCatalog;
import org.precis.federation.study.StudySpec;
import org.precis.federation.study.StudySpecs;
import org.precis.federation.tls.PeerIdentities;

/**
 * The researchers' service: a study is accepted only from the researcher it names (by certificate
 * identity), only once, and only for an algorithm the coordinator knows; its status and result are
 * shown only to that researcher.
 */
final class StudiesService extends StudiesGrpc.StudiesImplBase {
    private final StudyStore store;
    private final AlgorithmCatalog algorithms;
    private final Consumer<String> schedule;
    private final RefusalLog refusals;
    private final SiteSessions sessions;
    private final java.time.Duration connectWait;
    private final StudySpecs specs = new StudySpecs();

    StudiesService(
            StudyStore store,
            AlgorithmCatalog algorithms,
            Consumer<String> schedule,
            RefusalLog refusals,
            SiteSessions sessions,
            java.time.Duration connectWait) {
        this.store = store;
        this.algorithms = algorithms;
        this.schedule = schedule;
        this.refusals = refusals;
        this.sessions = sessions;
        this.connectWait = connectWait;
    }

    @Override
    public void submit(StudySubmission submission, StreamObserver<StudyStatus> reply) {
        CertificateIdentity caller = PeerIdentities.CALLER.get();
        if (caller == null || caller.role() != Role.RESEARCHER) {
            refuse(reply, caller, Status.PERMISSION_DENIED, "only a researcher certificate may submit a study");
            return;
        }
        StudySpec spec;
        try {
            spec = specs.fromJson(submission.getStudyJson().toByteArray());
        } catch (IllegalArgumentException e) {
            refuse(reply, caller, Status.INVALID_ARGUMENT, e.getMessage());
            return;
        }
        if (!spec.researcher().equals(caller.identity())) {
            refuse(
                    reply,
                    caller,
                    Status.PERMISSION_DENIED,
                    "researcher '" + caller.identity() + "' is not the researcher named in study '" + spec.studyId()
                            + "'");
            return;
        }
        if (algorithms.byName(spec.algorithm()).isEmpty()) {
            refuse(
                    reply,
                    caller,
                    Status.INVALID_ARGUMENT,
                    "unknown algorithm '" + spec.algorithm() + "'; known are " + algorithms.names());
            return;
        }
        java.util.Set<String> unknownSites = sessions.neverConnected(spec.sites(), connectWait);
        if (!unknownSites.isEmpty()) {
            refuse(
                    reply,
                    caller,
                    Status.INVALID_ARGUMENT,
                    "unknown site(s) " + unknownSites + ": never connected to this "
                            + "coordinator; the sites that have are " + sessions.connectedSites());
            return;
        }
        try {
            StudyRecord record = StudyRecord.submitted(spec);
            store.create(record);
            schedule.accept(spec.studyId());
            reply.onNext(statusOf(record));
            reply.onCompleted();
        } catch (FileAlreadyExistsException e) {
            refuse(reply, caller, Status.ALREADY_EXISTS, "study '" + spec.studyId() + "' was already submitted");
        } catch (IOException e) {
            reply.onError(Status.INTERNAL
                    .withDescription("cannot save the study: " + e.getMessage())
                    .asRuntimeException());
        }
    }

    @Override
    public void status(StudyQuery query, StreamObserver<StudyStatus> reply) {
        CertificateIdentity caller = PeerIdentities.CALLER.get();
        try {
            Optional<StudyRecord> record = store.find(query.getStudyId());
            if (record.isEmpty()
                    || caller == null
                    || !record.get().spec().researcher().equals(caller.identity())) {
                // the same answer for "absent" and "not yours": a study's existence is not disclosed to others
                refuse(reply, caller, Status.NOT_FOUND, "no study '" + query.getStudyId() + "' of yours");
                return;
            }
            reply.onNext(statusOf(record.get()));
            reply.onCompleted();
        } catch (IllegalArgumentException | IOException e) {
            refuse(reply, caller, Status.INVALID_ARGUMENT, e.getMessage());
        }
    }

    static StudyStatus statusOf(StudyRecord record) {
        StudyStatus.Builder status = StudyStatus.newBuilder()
                .setStudyId(record.studyId())
                .setState(record.state())
                .setRounds(record.roundsCompleted())
                .addAllSites(record.sites())
                .setWallMillis(record.wallMillis());
        record.result()
                .ifPresent(
                        result -> status.setResultJson(ByteString.copyFrom(result.toString(), StandardCharsets.UTF_8)));
        record.failure().ifPresent(status::setFailure);
        return status.build();
    }

    private void refuse(StreamObserver<StudyStatus> reply, CertificateIdentity caller, Status status, String reason) {
        refusals.add(String.valueOf(caller), reason);
        reply.onError(status.withDescription(reason).asRuntimeException());
    }
}
