package org.precis.server.http;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.NoSuchElementException;
import org.precis.slide.SlideException;
import org.precis.store.users.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps what a handler throws to a status and a one-line JSON message. Bad input (a malformed
 * number, unreadable JSON, an argument a module refuses) is a 400; a missing thing a 404; a state
 * that forbids the change (a signed case) a 409; a slide the engine cannot read a 422, so a
 * corrupt slide is an error in the viewer, never a server failure. Anything unexpected is logged
 * with its stack here and answered with a 500 that says only that.
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {}

    public static void install(Javalin app) {
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), e.getMessage()));
        app.exception(ValidationException.class, (e, ctx) -> answer(ctx, 400, "invalid request: " + e.getErrors()));
        app.exception(
                JacksonException.class, (e, ctx) -> answer(ctx, 400, "malformed JSON: " + e.getOriginalMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, 400, e.getMessage()));
        app.exception(NoSuchElementException.class, (e, ctx) -> answer(ctx, 404, e.getMessage()));
        app.exception(IllegalStateException.class, (e, ctx) -> answer(ctx, 409, e.getMessage()));
        app.exception(NotPermittedException.class, (e, ctx) -> answer(ctx, 403, e.getMessage()));
        app.exception(SlideException.class, (e, ctx) -> answer(ctx, 422, e.messageNamingFile()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                answer(ctx, 404, "not found: " + ctx.path());
            }
        });
        app.error(413, ctx -> answer(ctx, 413, "request body too large"));
    }

    private static void answer(Context ctx, int status, String message) {
        String line = message == null || message.isBlank()
                ? HttpStatus.forStatus(status).getMessage()
                : message.lines().findFirst().orElse(message);
        ctx.status(status).json(new ApiError(line, status));
    }
}
