package org.precis.federation.coordinator;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.precis.federation.proto.RoundKey;
import org.precis.federation.proto.SiteMessage;

/** The round attempts in progress, one a study; routes each site's answer to its round. */
final class ActiveRounds {
    private final Map<String, PhaseCollector> byStudy = new HashMap<>();
    private final Clock clock;

    ActiveRounds(Clock clock) {
        this.clock = clock;
    }

    synchronized PhaseCollector open(RoundKey key) {
        PhaseCollector collector = new PhaseCollector(key, clock);
        byStudy.put(key.getStudyId(), collector);
        return collector;
    }

    synchronized void close(RoundKey key) {
        byStudy.remove(key.getStudyId());
    }

    /** Hands a site's step or refusal to its round; returns null when accepted, else why it is refused. */
    String deliver(String site, SiteMessage message) {
        RoundKey key = message.hasStep()
                ? message.getStep().getKey()
                : message.getRefusal().getKey();
        PhaseCollector collector;
        synchronized (this) {
            collector = byStudy.get(key.getStudyId());
        }
        if (collector == null || !collector.key().equals(key)) {
            return "no round " + key.getRound() + " attempt " + key.getAttempt() + " of study '" + key.getStudyId()
                    + "' is in progress";
        }
        if (message.hasRefusal()) {
            return collector.refuse(site, message.getRefusal().getReason());
        }
        List<com.google.protobuf.ByteString> payload = message.getStep().getPayloadList();
        if (payload.size() != 1) {
            return message.getStep().getPhase() + " must carry exactly one payload, got " + payload.size();
        }
        return collector.offer(site, message.getStep().getPhase(), payload);
    }

    /** A site's stream ended: every round waiting on it stops waiting. */
    void lost(String site) {
        List<PhaseCollector> collectors;
        synchronized (this) {
            collectors = List.copyOf(byStudy.values());
        }
        collectors.forEach(collector -> collector.lost(site));
    }
}
