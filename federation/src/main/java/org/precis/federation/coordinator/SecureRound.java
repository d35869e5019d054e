package org.precis.federation.coordinator;

import com.google.protobuf.ByteString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.proto.CoordinatorMessage;
import org.precis.federation.proto.Phase;
import org.precis.federation.proto.RoundClosed;
import org.precis.federation.proto.RoundKey;
import org.precis.federation.proto.SecAggStep;
import org.precis.federation.proto.Task;
import org.precis.federation.study.StudySpec;
import org.precis.federation.wire.Nonces;
import org.precis.federation.wire.RoundRequestCodec;
import org.precis.federation.wire.RoundSessions;

/**
 * Drives one attempt at one round through the four phases of secure aggregation: task and advertised
 * keys, roster and shared keys, routed shares and masked inputs, unmasking. A site that drops (its
 * stream ends or it stays silent past the phase timeout) is left out; the sum is released only over
 * at least the study's threshold of sites, and a site's refusal fails the round.
 */
final class SecureRound {
    private final SiteSessions sessions;
    private final ActiveRounds active;
    private final SumAggregators aggregators;
    private final Nonces nonces;
    private final Duration phaseTimeout;
    private final RefusalLog refusals;
    private final RoundRequestCodec requests = new RoundRequestCodec();

    SecureRound(
            SiteSessions sessions,
            ActiveRounds active,
            SumAggregators aggregators,
            Nonces nonces,
            Duration phaseTimeout,
            RefusalLog refusals) {
        this.sessions = sessions;
        this.active = active;
        this.aggregators = aggregators;
        this.nonces = nonces;
        this.phaseTimeout = phaseTimeout;
        this.refusals = refusals;
    }

    RoundResult run(StudySpec spec, RoundRequest request, int attempt, Set<String> participants)
            throws InterruptedException {
        RoundKey key = RoundKey.newBuilder()
                .setStudyId(spec.studyId())
                .setRound(request.round())
                .setAttempt(attempt)
                .build();
        PhaseCollector collector = active.open(key);
        try {
            return phases(spec, request, key, collector, participants);
        } catch (RuntimeException e) {
            // secure aggregation refused a message (wrong size, bad encoding, below threshold)
            return new RoundResult.Failed("round " + request.round() + ": " + e.getMessage());
        } finally {
            active.close(key);
            CoordinatorMessage closed = CoordinatorMessage.newBuilder()
                    .setClosed(RoundClosed.newBuilder().setKey(key).setOutcome("closed"))
                    .build();
            participants.forEach(site -> sessions.get(site).ifPresent(session -> session.send(closed)));
        }
    }

    private RoundResult phases(
            StudySpec spec, RoundRequest request, RoundKey key, PhaseCollector collector, Set<String> participants)
            throws InterruptedException {
        SumAggregator aggregator =
                aggregators.open(RoundSessions.of(key), participants, spec.threshold(), request.vectorLength());
        collector.expect(Phase.ADVERTISE_KEYS, participants);
        Task.Builder task = Task.newBuilder()
                .setKey(key)
                .setRoundRequestJson(ByteString.copyFrom(requests.toJson(request)))
                .setResearcher(spec.researcher())
                .addAllSites(participants)
                .setThreshold(spec.threshold());
        for (String site : participants) {
            send(
                    collector,
                    site,
                    CoordinatorMessage.newBuilder()
                            .setTask(task.setNonce(nonces.next()))
                            .build());
        }
        Map<String, byte[]> advertised = collect(collector, aggregator, Phase.ADVERTISE_KEYS);
        String shortfall = shortfall(spec, request, collector, advertised.keySet(), "advertised keys");
        if (shortfall != null) {
            return new RoundResult.Failed(shortfall);
        }

        byte[] roster = aggregator.roster(advertised);
        collector.expect(Phase.SHARE_KEYS, advertised.keySet());
        for (String site : advertised.keySet()) {
            send(collector, site, step(key, Phase.ROSTER, List.of(roster)));
        }
        Map<String, byte[]> shared = collect(collector, aggregator, Phase.SHARE_KEYS);
        shortfall = shortfall(spec, request, collector, shared.keySet(), "shared keys");
        if (shortfall != null) {
            return new RoundResult.Failed(shortfall);
        }

        Map<String, List<byte[]>> routed = aggregator.route(shared);
        collector.expect(Phase.MASKED_INPUT, routed.keySet());
        routed.forEach((site, shares) -> send(collector, site, step(key, Phase.ROUTED_SHARES, shares)));
        Map<String, byte[]> masked = collect(collector, aggregator, Phase.MASKED_INPUT);
        shortfall = shortfall(spec, request, collector, masked.keySet(), "masked inputs");
        if (shortfall != null) {
            return new RoundResult.Failed(shortfall);
        }

        byte[] unmasking = aggregator.unmaskingRequest(masked);
        collector.expect(Phase.UNMASKING_RESPONSE, masked.keySet());
        for (String site : masked.keySet()) {
            send(collector, site, step(key, Phase.UNMASKING_REQUEST, List.of(unmasking)));
        }
        Map<String, byte[]> responses = collect(collector, aggregator, Phase.UNMASKING_RESPONSE);
        shortfall = shortfall(spec, request, collector, responses.keySet(), "unmasking responses");
        if (shortfall != null) {
            return new RoundResult.Failed(shortfall);
        }
        double[] sum = aggregator.sum(responses);
        if (sum.length != request.vectorLength()) {
            return new RoundResult.Failed("round " + request.round() + ": secure sum has " + sum.length
                    + " values, expected " + request.vectorLength());
        }
        for (int i = 0; i < sum.length; i++) {
            if (!Double.isFinite(sum[i])) {
                return new RoundResult.Failed(
                        "round " + request.round() + ": secure sum value " + i + " is not finite");
            }
        }
        // the masked inputs' senders are the sites whose vectors the sum holds
        return new RoundResult.Summed(new SecureSum(sum, new ArrayList<>(new TreeSet<>(masked.keySet()))));
    }

    private Map<String, byte[]> collect(PhaseCollector collector, SumAggregator aggregator, Phase phase)
            throws InterruptedException {
        Map<String, List<ByteString>> answers = collector.await(phaseTimeout);
        Map<String, byte[]> admitted = new LinkedHashMap<>();
        answers.forEach((site, payload) -> {
            byte[] bytes = payload.get(0).toByteArray();
            Optional<String> refused = aggregator.refusal(phase, site, bytes);
            if (refused.isPresent()) {
                refusals.add(site, phase + " refused: " + refused.get());
                collector.lost(site);
            } else {
                admitted.put(site, bytes);
            }
        });
        return admitted;
    }

    private String shortfall(
            StudySpec spec, RoundRequest request, PhaseCollector collector, Set<String> answered, String what) {
        Map<String, String> refusals = collector.refusals();
        if (!refusals.isEmpty()) {
            StringBuilder reasons = new StringBuilder();
            refusals.forEach((site, reason) -> reasons.append(reasons.length() == 0 ? "" : "; ")
                    .append("site ")
                    .append(site)
                    .append(" refused: ")
                    .append(reason));
            return "round " + request.round() + ": " + reasons;
        }
        if (answered.size() < spec.threshold()) {
            return "round " + request.round() + ": only " + answered.size() + " site(s) sent " + what
                    + " (" + answered + "), below the secure-aggregation threshold of " + spec.threshold()
                    + "; lost: " + new TreeSet<>(collector.lostSites());
        }
        return null;
    }

    private void send(PhaseCollector collector, String site, CoordinatorMessage message) {
        boolean sent = sessions.get(site).map(session -> session.send(message)).orElse(false);
        if (!sent) {
            collector.lost(site);
        }
    }

    private CoordinatorMessage step(RoundKey key, Phase phase, List<byte[]> payloads) {
        SecAggStep.Builder step =
                SecAggStep.newBuilder().setKey(key).setPhase(phase).setNonce(nonces.next());
        payloads.forEach(payload -> step.addPayload(ByteString.copyFrom(payload)));
        return CoordinatorMessage.newBuilder().setStep(step).build();
    }
}
