package org.precis.federation.policy;

/** A site's policy does not permit a request; the message says which rule refused it. */
public final class PolicyException extends RuntimeException {
    public PolicyException(String message) {
        super(message);
    }
}
