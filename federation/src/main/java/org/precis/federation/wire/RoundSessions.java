package org.precis.federation.wire;

import org.precis.federation.proto.RoundKey;

/**
 * The secure-aggregation session id of a round attempt, {@code study/round/attempt}: bound into the
 * keys and masks so that no message of one attempt can be used in another.
 */
public final class RoundSessions {
    private RoundSessions() {}

    public static String of(RoundKey key) {
        return key.getStudyId() + "/" + key.getRound() + "/" + key.getAttempt();
    }
}
