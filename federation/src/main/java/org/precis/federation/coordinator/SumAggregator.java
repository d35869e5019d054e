package org.precis.federation.coordinator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.federation.proto.Phase;

/**
 * One round's secure summation as the coordinator drives it, over the secure-aggregation messages'
 * opaque encodings keyed by the sending site's certificate identity. The coordinator only relays and
 * sums: no method returns any one site's vector.
 */
public interface SumAggregator {
    /**
     * Why a site's message for a phase is refused (undecodable, sent under another site's name, wrong
     * vector length), or empty when it is admitted. A refused message counts as the site dropping out.
     */
    Optional<String> refusal(Phase phase, String site, byte[] payload);

    /** Phase 0 to 1: the roster every site receives, from the sites' advertised keys. */
    byte[] roster(Map<String, byte[]> advertisedKeys);

    /** Phase 1 to 2: each site's encrypted shares from the others, which the coordinator cannot read. */
    Map<String, List<byte[]>> route(Map<String, byte[]> sharedKeys);

    /** Phase 2 to 3: the request naming survivors and dropped sites, from the masked inputs received. */
    byte[] unmaskingRequest(Map<String, byte[]> maskedInputs);

    /** Phase 3: the sum over the sites whose masked input arrived. */
    double[] sum(Map<String, byte[]> unmaskingResponses);
}
