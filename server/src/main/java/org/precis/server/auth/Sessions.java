package org.precis.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.precis.store.users.User;

/**
 * The live sessions, in memory: a restart logs everyone out, which is what a workstation in a
 * hospital should do. A session ends after {@link #IDLE} without a request or {@link #LIFETIME}
 * after login.
 */
public final class Sessions {
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LIFETIME = Duration.ofHours(12);

    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Session> live = new ConcurrentHashMap<>();

    public Sessions(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    public Session start(User user) {
        Instant now = clock.instant();
        Session session = new Session(token(), user, token(), now, now);
        live.put(session.id(), session);
        return session;
    }

    /** The session with this cookie value, if it is still valid; using it resets its idle time. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session found =
                live.computeIfPresent(id, (key, session) -> expired(session, now) ? null : session.touched(now));
        return Optional.ofNullable(found);
    }

    public void end(String id) {
        if (id != null) {
            live.remove(id);
        }
    }

    /** Ends every session of a user (after a password change or when the user is removed). */
    public void endAll(String userName) {
        live.values().removeIf(session -> session.user().name().equals(userName));
    }

    private static boolean expired(Session session, Instant now) {
        return now.isAfter(session.lastUsed().plus(IDLE))
                || now.isAfter(session.started().plus(LIFETIME));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
