package org.precis.server.auth;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.precis.store.users.User;
import org.precis.store.users.Users;

/**
 * Runs before every matched route: finds the caller (a bearer token, else the session cookie),
 * refuses a change made with a cookie but without the session's CSRF token, and refuses a caller
 * whose role the route does not allow. The caller is then {@link #user(Context)}.
 */
public final class Authentication {
    public static final String COOKIE = "precis_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String USER = "precis.user";
    private static final Set<HandlerType> CHANGES =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final Sessions sessions;
    private final Users users;

    public Authentication(Sessions sessions, Users users) {
        this.sessions = sessions;
        this.users = users;
    }

    public void install(Javalin app) {
        app.beforeMatched(this::check);
    }

    /** The caller of a route that needed a login. */
    public static User user(Context ctx) {
        User user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("route reached without a caller: " + ctx.path());
        }
        return user;
    }

    private void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.PUBLIC)) {
            return;
        }
        if (roles.isEmpty()) {
            throw new ForbiddenResponse("route has no access rule");
        }
        User user = bearer(ctx).or(() -> session(ctx)).orElseThrow(() -> new UnauthorizedResponse("log in first"));
        if (!roles.stream().anyMatch(role -> role instanceof Access access && access.allows(user.role()))) {
            throw new ForbiddenResponse(
                    "this needs the role " + roles.iterator().next().toString().toLowerCase());
        }
        ctx.attribute(USER, user);
    }

    private Optional<User> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.empty();
        }
        return Optional.of(
                users.authenticateToken(header.substring("Bearer ".length()).trim())
                        .orElseThrow(() -> new UnauthorizedResponse("unknown or revoked API token")));
    }

    private Optional<User> session(Context ctx) {
        Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (CHANGES.contains(ctx.method()) && !sameToken(session.get().csrfToken(), ctx.header(CSRF_HEADER))) {
            throw new ForbiddenResponse("missing or wrong " + CSRF_HEADER + " header");
        }
        return Optional.of(session.get().user());
    }

    private static boolean sameToken(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
