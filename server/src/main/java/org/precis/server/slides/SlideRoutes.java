package org.precis.server.slides;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.precis.casework.library.LibrarySlide;
import org.precis.casework.library.SlideLibrary;
import org.precis.server.auth.Access;
import org.precis.slide.SlideException;

/** {@code GET /api/slides} and a slide's thumbnail. */
public final class SlideRoutes {
    private static final int MAX_THUMBNAIL = 2048;

    private final SlideLibrary library;
    private final SlideCatalogue catalogue;
    private final OpenSlides open;

    public SlideRoutes(SlideLibrary library, SlideCatalogue catalogue, OpenSlides open) {
        this.library = library;
        this.catalogue = catalogue;
        this.open = open;
    }

    public void install(Javalin app) {
        app.get("/api/slides", ctx -> ctx.json(catalogue.all()), Access.ANY_USER);
        app.get("/api/slides/{id}/thumbnail", this::thumbnail, Access.ANY_USER);
    }

    /** The library entry of a slide id in the path, or a 404 naming it. */
    public static LibrarySlide entry(SlideLibrary library, String id) {
        return library.find(id).orElseThrow(() -> new NotFoundResponse("no slide with id '" + id + "'"));
    }

    private void thumbnail(Context ctx) throws SlideException, IOException {
        LibrarySlide entry = entry(library, ctx.pathParam("id"));
        int max = ctx.queryParamAsClass("max", Integer.class)
                .check(size -> size >= 16 && size <= MAX_THUMBNAIL, "max must be 16-" + MAX_THUMBNAIL)
                .getOrDefault(512);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try (OpenSlides.Lease lease = open.lease(entry)) {
            ImageIO.write(lease.slide().thumbnail(max).toBufferedImage(), "jpeg", jpeg);
        }
        ctx.contentType("image/jpeg")
                .header("Cache-Control", "private, max-age=3600")
                .result(jpeg.toByteArray());
    }
}
