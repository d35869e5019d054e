package org.precis.federation.node;

/** Opens a fresh {@link MaskingParticipant} (fresh keys) for each round attempt. */
public interface MaskingParticipants {
    /** {@code session} names the round attempt; every participant and the coordinator use the same one. */
    MaskingParticipant open(String session, String site, int threshold, int vectorLength);
}
