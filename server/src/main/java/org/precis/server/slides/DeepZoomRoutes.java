package org.precis.server.slides;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.precis.casework.library.LibrarySlide;
import org.precis.casework.library.SlideLibrary;
import org.precis.server.auth.Access;
import org.precis.slide.SlideException;
import org.precis.slide.deepzoom.DeepZoomPyramid;
import org.precis.slide.deepzoom.DeepZoomSettings;
import org.precis.slide.deepzoom.DziDescriptor;
import org.precis.slide.deepzoom.EncodedTile;
import org.precis.slide.deepzoom.EncodedTiles;
import org.precis.slide.deepzoom.TileOutOfRangeException;

/**
 * Deep Zoom over HTTP with OpenSlide's conventions (254-px tiles, 1-px overlap, JPEG): {@code GET
 * /slides/{id}.dzi} and {@code GET /slides/{id}_files/{level}/{col}_{row}.jpeg}, as OpenSeadragon
 * asks for them. Tiles carry an ETag (a repeat request with If-None-Match gets a 304) and may be
 * cached by the browser; encoded tiles are kept in a cache bounded in bytes.
 */
public final class DeepZoomRoutes {
    private final SlideLibrary library;
    private final OpenSlides open;
    private final EncodedTiles tiles;
    private final DeepZoomSettings settings;

    public DeepZoomRoutes(SlideLibrary library, OpenSlides open, EncodedTiles tiles, DeepZoomSettings settings) {
        this.library = library;
        this.open = open;
        this.tiles = tiles;
        this.settings = settings;
    }

    public void install(Javalin app) {
        app.get("/slides/{id}.dzi", this::descriptor, Access.ANY_USER);
        app.get("/slides/{id}_files/{level}/{col}_{row}.{format}", this::tile, Access.ANY_USER);
    }

    private void descriptor(Context ctx) throws SlideException {
        LibrarySlide entry = SlideRoutes.entry(library, ctx.pathParam("id"));
        try (OpenSlides.Lease lease = open.lease(entry)) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(lease.slide(), settings);
            ctx.contentType(DziDescriptor.MEDIA_TYPE)
                    .header("Cache-Control", "private, max-age=3600")
                    .result(pyramid.dzi().xml());
        }
    }

    private void tile(Context ctx) throws SlideException {
        LibrarySlide entry = SlideRoutes.entry(library, ctx.pathParam("id"));
        if (!ctx.pathParam("format").equals(settings.format().extension())) {
            throw new NotFoundResponse(
                    "tiles are " + settings.format().extension() + ", not " + ctx.pathParam("format"));
        }
        int level = number(ctx, "level");
        long column = number(ctx, "col");
        long row = number(ctx, "row");
        EncodedTile tile;
        try (OpenSlides.Lease lease = open.lease(entry)) {
            DeepZoomPyramid pyramid = DeepZoomPyramid.of(lease.slide(), settings);
            String etag = pyramid.etag(level, column, row);
            if (etag.equals(ctx.header("If-None-Match"))) {
                ctx.status(304).header("ETag", etag);
                return;
            }
            tile = tiles.get(pyramid, level, column, row);
        } catch (TileOutOfRangeException e) {
            throw new NotFoundResponse(e.getMessage());
        }
        ctx.contentType(tile.format().mediaType())
                .header("ETag", tile.etag())
                .header("Cache-Control", "private, max-age=86400")
                .result(tile.bytes());
    }

    private static int number(Context ctx, String name) {
        String text = ctx.pathParam(name);
        if (!text.matches("[0-9]{1,9}")) {
            throw new BadRequestResponse(name + " must be a whole number, got '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}
