package org.precis.store.users;

/** The user's role does not allow the action (a researcher signing, someone else's annotation deleted). */
public final class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
