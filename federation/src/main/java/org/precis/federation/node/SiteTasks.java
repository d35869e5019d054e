package org.precis.federation.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.FederatedAlgorithm;
import org.precis.federation.algorithm.PrivacyBudget;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.audit.AuditEventType;
import org.precis.federation.audit.AuditException;
import org.precis.federation.audit.AuditLog;
import org.precis.federation.policy.PolicyException;
import org.precis.federation.policy.SitePolicy;
import org.precis.federation.proto.CoordinatorMessage;
import org.precis.federation.proto.Phase;
import org.precis.federation.proto.Refusal;
import org.precis.federation.proto.RoundKey;
import org.precis.federation.proto.SecAggStep;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.proto.Task;
import org.precis.federation.study.AlgorithmCatalog;
import org.precis.federation.wire.Nonces;
import org.precis.federation.wire.ReplayGuard;
import org.precis.federation.wire.RoundRequestCodec;
import org.precis.federation.wire.RoundSessions;
import org.precis.io.json.JsonMappers;
import org.precis.survival.data.SurvivalTable;

/**
 * What a site does with each message from the coordinator: checks it (fresh, for this site, allowed
 * by the policy), writes it to the audit log, computes its vector for a task, and answers each
 * secure-aggregation phase. Every refusal is audited and answered with its reason; every release of
 * numbers is audited before it is sent. Transport-free: the node carries the answers.
 */
public final class SiteTasks {
    private static final String COORDINATOR = "coordinator";

    private final String site;
    private final SitePolicy policy;
    private final PrivacyBudget privacy;
    private final SiteData data;
    private final AlgorithmCatalog algorithms;
    private final MaskingParticipants masking;
    private final AuditLog audit;
    private final Nonces nonces;
    private final ReplayGuard replays = new ReplayGuard(100_000);
    private final RoundRequestCodec requests = new RoundRequestCodec();
    private final ObjectMapper json = JsonMappers.compact();
    private final Map<String, SiteRound> rounds = new HashMap<>();

    /** {@code table} is the site's whole table; algorithms see only the policy's allowed columns of it. */
    public SiteTasks(
            String site,
            SitePolicy policy,
            SurvivalTable table,
            AlgorithmCatalog algorithms,
            MaskingParticipants masking,
            AuditLog audit,
            Nonces nonces) {
        this(site, policy, SiteData.of(site, table), algorithms, masking, audit, nonces);
    }

    /**
     * {@code data} is everything the site holds: algorithms see only the policy's allowed columns
     * of its table, and its patch set, if any; their site name is this node's {@code site} (its
     * certificate's identity), whatever {@code data} says.
     */
    public SiteTasks(
            String site,
            SitePolicy policy,
            SiteData data,
            AlgorithmCatalog algorithms,
            MaskingParticipants masking,
            AuditLog audit,
            Nonces nonces) {
        this(site, policy, data, algorithms, masking, audit, nonces, PrivacyBudget.unlimited());
    }

    /** As above, with the site's privacy budget (its ledger), which DP training charges before each release. */
    public SiteTasks(
            String site,
            SitePolicy policy,
            SiteData data,
            AlgorithmCatalog algorithms,
            MaskingParticipants masking,
            AuditLog audit,
            Nonces nonces,
            PrivacyBudget privacy) {
        this.privacy = privacy;
        this.site = site;
        this.policy = policy;
        this.data = new SiteData(site, allowedColumns(data.table(), policy), data.patches());
        this.algorithms = algorithms;
        this.masking = masking;
        this.audit = audit;
        this.nonces = nonces;
    }

    /** The answer to one message from the coordinator, if it calls for one. */
    public synchronized Optional<SiteMessage> handle(CoordinatorMessage message) throws AuditException {
        return switch (message.getBodyCase()) {
            case TASK -> Optional.of(task(message.getTask()));
            case STEP -> step(message.getStep());
            case CLOSED -> {
                rounds.computeIfPresent(
                        message.getClosed().getKey().getStudyId(),
                        (study, round) -> round.key().equals(message.getClosed().getKey()) ? null : round);
                yield Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private SiteMessage task(Task task) throws AuditException {
        RoundKey key = task.getKey();
        ObjectNode received = details(key)
                .put("message", "task")
                .put("researcher", task.getResearcher())
                .put("threshold", task.getThreshold());
        task.getSitesList().forEach(received.putArray("sites")::add);
        ReplayGuard.Verdict verdict = replays.admit(COORDINATOR, key, Phase.PHASE_UNSPECIFIED, task.getNonce());
        if (!verdict.fresh()) {
            return refuse(key, verdict.reason());
        }
        RoundRequest request;
        try {
            request = requests.fromJson(task.getRoundRequestJson().toByteArray());
        } catch (IllegalArgumentException e) {
            audit.append(AuditEventType.REQUEST_RECEIVED, received.put("request", "malformed"));
            return refuse(key, e.getMessage());
        }
        received.set("request", requests.toTree(request));
        audit.append(AuditEventType.REQUEST_RECEIVED, received);
        if (!request.studyId().equals(key.getStudyId()) || request.round() != key.getRound()) {
            return refuse(
                    key,
                    "the round request is for study '" + request.studyId() + "' round " + request.round()
                            + ", the task for '" + key.getStudyId() + "' round " + key.getRound());
        }
        if (!task.getSitesList().contains(site)) {
            return refuse(key, "this site (" + site + ") is not among the task's sites " + task.getSitesList());
        }
        if (task.getThreshold() < 2 || task.getThreshold() > task.getSitesCount()) {
            return refuse(
                    key,
                    "threshold " + task.getThreshold() + " is not between 2 and the " + task.getSitesCount()
                            + " sites: the sum could reveal one site's vector");
        }
        try {
            policy.permit(task.getResearcher(), request.algorithm(), RequestedColumns.of(request.parameters()));
        } catch (PolicyException e) {
            return refuse(key, e.getMessage());
        }
        Optional<FederatedAlgorithm> algorithm = algorithms.byName(request.algorithm());
        if (algorithm.isEmpty()) {
            return refuse(key, "this site does not know algorithm '" + request.algorithm() + "'");
        }
        double[] vector;
        try {
            vector = algorithm
                    .get()
                    .compute(request, data, policy.disclosureRules(privacy))
                    .values();
        } catch (DisclosureException e) {
            return refuse(key, "disclosure control: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return refuse(key, "cannot compute: " + e.getMessage());
        }
        if (vector.length != request.vectorLength()) {
            return refuse(key, "computed " + vector.length + " values for a request of " + request.vectorLength());
        }
        MaskingParticipant participant =
                masking.open(RoundSessions.of(key), site, task.getThreshold(), request.vectorLength());
        rounds.put(key.getStudyId(), new SiteRound(key, request, vector, participant));
        return step(key, Phase.ADVERTISE_KEYS, participant.advertiseKeys());
    }

    private Optional<SiteMessage> step(SecAggStep step) throws AuditException {
        RoundKey key = step.getKey();
        audit.append(
                AuditEventType.REQUEST_RECEIVED,
                details(key).put("message", step.getPhase().name()).put("payloads", step.getPayloadCount()));
        ReplayGuard.Verdict verdict = replays.admit(COORDINATOR, key, step.getPhase(), step.getNonce());
        if (!verdict.fresh()) {
            return Optional.of(refuse(key, verdict.reason()));
        }
        SiteRound round = rounds.get(key.getStudyId());
        if (round == null || !round.key().equals(key)) {
            return Optional.of(refuse(key, "no task for this round attempt is open at this site"));
        }
        try {
            return Optional.of(
                    switch (step.getPhase()) {
                        case ROSTER ->
                            step(key, Phase.SHARE_KEYS, round.participant().shareKeys(single(step)));
                        case ROUTED_SHARES -> maskedInput(round, step);
                        case UNMASKING_REQUEST -> unmask(round, step);
                        default -> refuse(key, "a site does not accept " + step.getPhase());
                    });
        } catch (IllegalArgumentException | IllegalStateException e) {
            // malformed or inconsistent secure-aggregation bytes: give up this round, release nothing
            rounds.remove(key.getStudyId());
            return Optional.of(refuse(key, step.getPhase() + " refused: " + e.getMessage()));
        }
    }

    private SiteMessage maskedInput(SiteRound round, SecAggStep step) throws AuditException {
        List<byte[]> shares = new ArrayList<>();
        step.getPayloadList().forEach(payload -> shares.add(payload.toByteArray()));
        byte[] masked = round.participant().maskedInput(shares, round.vector());
        ObjectNode released = details(round.key())
                .put("kind", "masked input (secure aggregation)")
                .put("algorithm", round.request().algorithm());
        for (double value : round.vector()) {
            released.withArray("values").add(value);
        }
        audit.append(AuditEventType.VALUES_RELEASED, released);
        return step(round.key(), Phase.MASKED_INPUT, masked);
    }

    private SiteMessage unmask(SiteRound round, SecAggStep step) throws AuditException {
        byte[] response = round.participant().unmask(single(step));
        audit.append(
                AuditEventType.VALUES_RELEASED,
                details(round.key())
                        .put("kind", "unmasking shares (secure aggregation)")
                        .put("bytes", response.length));
        return step(round.key(), Phase.UNMASKING_RESPONSE, response);
    }

    private static byte[] single(SecAggStep step) {
        if (step.getPayloadCount() != 1) {
            throw new IllegalArgumentException(
                    step.getPhase() + " must carry one payload, got " + step.getPayloadCount());
        }
        return step.getPayload(0).toByteArray();
    }

    private SiteMessage refuse(RoundKey key, String reason) throws AuditException {
        audit.append(AuditEventType.REQUEST_REFUSED, details(key).put("reason", reason));
        return SiteMessage.newBuilder()
                .setRefusal(Refusal.newBuilder().setKey(key).setReason(reason).setNonce(nonces.next()))
                .build();
    }

    private SiteMessage step(RoundKey key, Phase phase, byte[] payload) {
        return SiteMessage.newBuilder()
                .setStep(SecAggStep.newBuilder()
                        .setKey(key)
                        .setPhase(phase)
                        .addPayload(ByteString.copyFrom(payload))
                        .setNonce(nonces.next()))
                .build();
    }

    private ObjectNode details(RoundKey key) {
        return json.createObjectNode()
                .put("site", site)
                .put("study", key.getStudyId())
                .put("round", key.getRound())
                .put("attempt", key.getAttempt());
    }

    private static SurvivalTable allowedColumns(SurvivalTable table, SitePolicy policy) {
        List<org.precis.survival.data.Column> allowed = new ArrayList<>();
        for (String name : table.columnNames()) {
            if (policy.columns().contains(name)) {
                allowed.add(table.column(name));
            }
        }
        return SurvivalTable.of(allowed);
    }
}
