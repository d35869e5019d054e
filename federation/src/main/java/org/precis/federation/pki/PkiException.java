package org.precis.federation.pki;

import java.io.IOException;

/** A PKI file (key, certificate, revocation list) is missing, unreadable or not what it should be. */
public final class PkiException extends IOException {
    public PkiException(String message) {
        super(message);
    }

    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}
