package org.precis.federation.secagg;

/**
 * Secure aggregation cannot go on: too few clients left for the threshold, a message is malformed
 * or inconsistent, or a request would break the protocol's privacy (an honest client's refusal).
 */
public final class SecAggException extends RuntimeException {
    public SecAggException(String message) {
        super(message);
    }

    public SecAggException(String message, Throwable cause) {
        super(message, cause);
    }
}
