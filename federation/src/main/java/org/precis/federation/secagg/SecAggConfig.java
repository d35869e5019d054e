package org.precis.federation.secagg;

import java.nio.charset.StandardCharsets;

/**
 * One aggregation round's parameters, the same at the server and every client: the threshold t
 * (the fewest clients whose inputs may be summed, and the shares needed to rebuild a key), the
 * vector length, the fixed-point encoding, and a session id (e.g. {@code study/round}) that every
 * derived key is bound to, so keys and masks of one round are useless in another.
 */
public record SecAggConfig(int threshold, int vectorLength, FixedPoint encoding, String sessionId) {
    /** 2^26 elements (1 GiB of masked input) is far above any study's vector. */
    public static final int MAX_VECTOR_LENGTH = 1 << 26;

    public SecAggConfig {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be >= 1, got " + threshold);
        }
        if (vectorLength < 1 || vectorLength > MAX_VECTOR_LENGTH) {
            throw new IllegalArgumentException(
                    "vector length must be in 1.." + MAX_VECTOR_LENGTH + ", got " + vectorLength);
        }
        if (encoding == null) {
            throw new IllegalArgumentException("encoding must be given");
        }
        if (sessionId == null
                || sessionId.isBlank()
                || sessionId.getBytes(StandardCharsets.UTF_8).length > MessageReader.MAX_ID_BYTES) {
            throw new IllegalArgumentException(
                    "session id must be 1.." + MessageReader.MAX_ID_BYTES + " bytes, got '" + sessionId + "'");
        }
    }

    /** A round with the default encoding ({@link FixedPoint#DEFAULT}). */
    public static SecAggConfig of(int threshold, int vectorLength, String sessionId) {
        return new SecAggConfig(threshold, vectorLength, FixedPoint.DEFAULT, sessionId);
    }
}
