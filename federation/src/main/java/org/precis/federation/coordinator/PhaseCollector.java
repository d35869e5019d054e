package org.precis.federation.coordinator;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.precis.federation.proto.Phase;
import org.precis.federation.proto.RoundKey;

/**
 * Collects one phase's answers of one round attempt: which sites are still awaited, what arrived,
 * which sites refused or were lost. A message for another phase or from a site not asked is refused.
 */
final class PhaseCollector {
    private final RoundKey key;
    private final Clock clock;
    private Phase awaited = Phase.PHASE_UNSPECIFIED;
    private final Set<String> pending = new HashSet<>();
    private final Map<String, Object> received = new TreeMap<>();
    private final Map<String, String> refusals = new TreeMap<>();
    private final Set<String> lost = new HashSet<>();

    PhaseCollector(RoundKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    RoundKey key() {
        return key;
    }

    synchronized void expect(Phase phase, Set<String> sites) {
        awaited = phase;
        pending.clear();
        received.clear();
        for (String site : sites) {
            if (!lost.contains(site)) {
                pending.add(site);
            }
        }
    }

    /** Accepts an answer; returns null when accepted, else the reason it is refused. */
    synchronized String offer(String site, Phase phase, Object payload) {
        if (phase != awaited) {
            return "expected " + awaited + " but got " + phase;
        }
        if (!pending.remove(site)) {
            return received.containsKey(site)
                    ? "second " + phase + " from the same site"
                    : "site was not asked for " + phase;
        }
        received.put(site, payload);
        notifyAll();
        return null;
    }

    synchronized String refuse(String site, String reason) {
        if (!pending.remove(site)) {
            return "refusal from a site not asked";
        }
        refusals.put(site, reason);
        notifyAll();
        return null;
    }

    synchronized void lost(String site) {
        lost.add(site);
        pending.remove(site);
        notifyAll();
    }

    /** Waits for every awaited site or the timeout; sites still silent then count as lost. */
    @SuppressWarnings("unchecked")
    synchronized <T> Map<String, T> await(Duration timeout) throws InterruptedException {
        long deadline = clock.millis() + timeout.toMillis();
        while (!pending.isEmpty() && refusals.isEmpty()) {
            long left = deadline - clock.millis();
            if (left <= 0) {
                lost.addAll(pending);
                pending.clear();
                break;
            }
            wait(Math.min(left, 200));
        }
        Map<String, T> answers = new TreeMap<>();
        received.forEach((site, payload) -> answers.put(site, (T) payload));
        return answers;
    }

    synchronized Map<String, String> refusals() {
        return new TreeMap<>(refusals);
    }

    synchronized Set<String> lostSites() {
        return Set.copyOf(lost);
    }
}
