package org.precis.store.sql;

/** The database failed (unreachable, a constraint the application did not expect, a trigger refusal). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
