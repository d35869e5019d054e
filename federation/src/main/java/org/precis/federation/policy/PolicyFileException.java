package org.precis.federation.policy;

import java.io.IOException;

/** A policy file is missing, not YAML, or has a bad key; the message names the file and the key. */
public final class PolicyFileException extends IOException {
    public PolicyFileException(String message) {
        super(message);
    }

    public PolicyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
