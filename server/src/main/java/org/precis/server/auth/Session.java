package org.precis.server.auth;

import java.time.Instant;
import org.precis.store.users.User;

/**
 * A logged-in browser.
 *
 * @param id the cookie value (random, 256 bits)
 * @param user who logged in
 * @param csrfToken the token the page must send in {@code X-CSRF-Token} on every change
 * @param started when the login happened (a session ends 12 hours after it, whatever the use)
 * @param lastUsed the last request (a session ends after 30 idle minutes)
 */
public record Session(String id, User user, String csrfToken, Instant started, Instant lastUsed) {
    Session touched(Instant now) {
        return new Session(id, user, csrfToken, started, now);
    }
}
