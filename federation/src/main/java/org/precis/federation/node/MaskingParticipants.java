package org.precis.federation.node;

/** Opens a fresh {@link MaskingParticipant} (fresh keys) for each round attempt. */
public interface MaskingParticipants {
  MaskingParticipant open(String site, int threshold, int vectorLength);
}
