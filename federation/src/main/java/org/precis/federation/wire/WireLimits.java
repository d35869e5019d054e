package org.precis.federation.wire;

/** Bounds every peer's messages are held to before anything is parsed. */
public final class WireLimits {
    /**
     * gRPC's max inbound message size on every server and channel: a masked Cox or Kaplan-Meier vector
     * is a few hundred kilobytes at most; anything bigger is refused by gRPC before it is read.
     */
    public static final int MAX_MESSAGE_BYTES = 4 << 20;
    /** Most secure-aggregation payloads one message may carry (ROUTED_SHARES holds one a site). */
    public static final int MAX_PAYLOADS = 1024;

    private WireLimits() {}
}
