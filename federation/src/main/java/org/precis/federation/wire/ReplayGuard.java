package org.precis.federation.wire;

import com.google.protobuf.ByteString;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.precis.federation.proto.Phase;
import org.precis.federation.proto.RoundKey;

/**
 * Refuses messages seen before: a nonce that was already used, or a second message of the same
 * phase of the same round attempt from the same peer. Remembers the most recent nonces only
 * (bounded memory); the (peer, round, phase) check keeps old rounds out regardless.
 */
public final class ReplayGuard {
    private final int capacity;
    private final Map<ByteString, Boolean> nonces;
    private final Set<String> steps = new HashSet<>();

    public ReplayGuard(int capacity) {
        this.capacity = capacity;
        this.nonces = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteString, Boolean> eldest) {
                return size() > ReplayGuard.this.capacity;
            }
        };
    }

    /** Records the message if it is fresh; otherwise says why it is refused. */
    public synchronized Verdict admit(String peer, RoundKey key, Phase phase, ByteString nonce) {
        if (nonce.size() != Nonces.NONCE_BYTES) {
            return Verdict.refused("nonce must be " + Nonces.NONCE_BYTES + " bytes, got " + nonce.size());
        }
        if (nonces.containsKey(nonce)) {
            return Verdict.refused("replayed nonce");
        }
        String step = peer + "|" + key.getStudyId() + "|" + key.getRound() + "|" + key.getAttempt() + "|" + phase;
        if (!steps.add(step)) {
            return Verdict.refused("duplicate " + phase + " for study " + key.getStudyId() + " round " + key.getRound()
                    + " attempt " + key.getAttempt());
        }
        nonces.put(nonce, Boolean.TRUE);
        return Verdict.FRESH;
    }

    /** Forget the per-round steps of a study once it is over (nonces age out on their own). */
    public synchronized void forgetStudy(String studyId) {
        steps.removeIf(step -> step.contains("|" + studyId + "|"));
    }

    /** Whether a message is fresh, and if not, why. */
    public record Verdict(boolean fresh, String reason) {
        static final Verdict FRESH = new Verdict(true, "");

        static Verdict refused(String reason) {
            return new Verdict(false, reason);
        }
    }
}
