package org.precis.federation.node;

import java.util.List;

/**
 * A site's side of one round's secure aggregation, over the messages' opaque encodings: the site
 * node only carries these bytes; the vector leaves the site only masked. Bytes from the coordinator
 * that do not decode, or do not fit the round, are an IllegalArgumentException.
 */
public interface MaskingParticipant {
    /** Phase 0: this site's public keys. */
    byte[] advertiseKeys();

    /** Phase 1: encrypted secret shares for every other site, from the roster. */
    byte[] shareKeys(byte[] roster);

    /** Phase 2: the vector, masked, given the shares the other sites sent this site. */
    byte[] maskedInput(List<byte[]> sharesForMe, double[] vector);

    /** Phase 3: the shares the coordinator needs to remove the survivors' and dropped sites' masks. */
    byte[] unmask(byte[] unmaskingRequest);
}
