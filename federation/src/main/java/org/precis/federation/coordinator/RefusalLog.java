package org.precis.federation.coordinator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every message or caller the coordinator refused, with the reason: written to the log, and the most
 * recent ones kept so an operator (or a test) can ask why something was refused.
 */
public final class RefusalLog {
    private static final System.Logger LOG = System.getLogger(RefusalLog.class.getName());
    private static final int KEPT = 1000;

    private final Deque<Refusal> recent = new ArrayDeque<>();

    void add(String peer, String reason) {
        LOG.log(System.Logger.Level.WARNING, "refused message from {0}: {1}", peer, reason);
        synchronized (this) {
            recent.addLast(new Refusal(peer, reason));
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    public synchronized List<Refusal> recent() {
        return new ArrayList<>(recent);
    }

    /** One refusal: who sent it (certificate identity) and why it was refused. */
    public record Refusal(String peer, String reason) {}
}
