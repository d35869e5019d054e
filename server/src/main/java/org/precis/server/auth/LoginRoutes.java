package org.precis.server.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import java.time.Duration;
import java.util.Optional;
import org.precis.store.audit.AuditTrail;
import org.precis.store.users.User;
import org.precis.store.users.Users;

/**
 * {@code POST /api/login}, {@code POST /api/logout} and {@code GET /api/session} (public: it says
 * whether this browser is logged in, so the page asks without an error).
 */
public final class LoginRoutes {
    private final Users users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final ObjectMapper json;

    public LoginRoutes(Users users, Sessions sessions, LoginThrottle throttle, AuditTrail audit, ObjectMapper json) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.json = json;
    }

    /** The login's body. */
    public record Credentials(String name, String password) {}

    /** Who is logged in, and the token the page sends back on every change. */
    public record SessionView(String user, String role, String csrfToken) {}

    public void install(Javalin app) {
        app.post("/api/login", this::login, Access.PUBLIC);
        app.post("/api/logout", this::logout, Access.ANY_USER);
        app.get("/api/session", this::session, Access.PUBLIC);
    }

    private void login(Context ctx) {
        Credentials credentials = ctx.bodyAsClass(Credentials.class);
        if (credentials.name() == null || credentials.password() == null) {
            throw new BadRequestResponse("login needs a name and a password");
        }
        String address = ctx.ip();
        Optional<Duration> wait = throttle.wait(credentials.name(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            ctx.header("Retry-After", Long.toString(seconds));
            throw new TooManyRequestsResponse("too many failed logins; try again in " + seconds + " s");
        }
        Optional<User> user =
                users.authenticate(credentials.name(), credentials.password().toCharArray());
        if (user.isEmpty()) {
            throttle.failed(credentials.name(), address);
            audit.append(
                    credentials.name(), "login-failed", json.createObjectNode().put("address", address));
            throw new UnauthorizedResponse("wrong name or password");
        }
        throttle.succeeded(credentials.name(), address);
        Session session = sessions.start(user.get());
        ctx.cookie(new Cookie(
                Authentication.COOKIE,
                session.id(),
                "/",
                -1,
                ctx.scheme().equals("https"),
                0,
                true,
                null,
                null,
                SameSite.STRICT));
        audit.append(user.get().name(), "login", json.createObjectNode().put("address", address));
        ctx.json(view(session.user(), session.csrfToken()));
    }

    private void logout(Context ctx) {
        sessions.end(ctx.cookie(Authentication.COOKIE));
        ctx.removeCookie(Authentication.COOKIE, "/");
        ctx.status(204);
    }

    /** Who is logged in with this browser's session cookie; all fields null when nobody is. */
    private void session(Context ctx) {
        ctx.json(sessions.find(ctx.cookie(Authentication.COOKIE))
                .map(session -> view(session.user(), session.csrfToken()))
                .orElse(new SessionView(null, null, null)));
    }

    private static SessionView view(User user, String csrf) {
        return new SessionView(user.name(), user.role().label(), csrf);
    }
}
