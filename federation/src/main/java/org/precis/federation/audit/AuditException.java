package org.precis.federation.audit;

import java.io.IOException;

/** An audit log cannot be opened or appended to: missing, unreadable, broken or in use. */
public final class AuditException extends IOException {
    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
