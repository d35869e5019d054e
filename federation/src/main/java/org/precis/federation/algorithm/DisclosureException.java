package org.precis.federation.algorithm;

/** A site refuses to answer because the answer would release a count below its minimum cell count. */
public final class DisclosureException extends RuntimeException {
    public DisclosureException(String message) {
        super(message);
    }
}
