package org.precis.server.http;

import io.javalin.Javalin;

/**
 * Headers on every answer: no sniffing, no framing, no referrer, and a content security policy
 * that lets the viewer load only its own scripts, styles and images (the viewer's assets are
 * vendored, never fetched from a CDN).
 */
public final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {}

    public static void install(Javalin app) {
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", POLICY);
        });
    }
}
