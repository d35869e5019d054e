package org.precis.server.http;

import io.javalin.Javalin;

/**
 * Headers on every answer: no sniffing, no framing, no referrer, and a content security policy
 * that lets the viewer load only its own scripts, styles and images (the viewer's assets are
 * vendored, never fetched from a CDN).
 */
public final class SecurityHeaders {
    /**
     * The one inline style the viewer needs: the touch-screen focus rule OpenSeadragon 6.1.1 adds
     * as a style element, allowed by its SHA-256 (the browser test fails if the vendored file
     * changes it).
     */
    private static final String OPENSEADRAGON_STYLE = "'sha256-9xTiqzfwFaL2SGb1rmr8gysEwVVjIvqWAgmZgqFqpEE='";

    static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' "
            + OPENSEADRAGON_STYLE + "; "
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
