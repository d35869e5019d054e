package org.precis.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.precis.casework.CaseWork;
import org.precis.casework.library.SlideLibrary;
import org.precis.io.json.JsonMappers;
import org.precis.server.auth.Access;
import org.precis.server.auth.Authentication;
import org.precis.server.auth.LoginRoutes;
import org.precis.server.auth.LoginThrottle;
import org.precis.server.auth.Sessions;
import org.precis.server.cases.AnalysisRoutes;
import org.precis.server.cases.AnnotationClassRoutes;
import org.precis.server.cases.CaseRoutes;
import org.precis.server.cases.ReportRoutes;
import org.precis.server.http.ErrorResponses;
import org.precis.server.http.JettyErrors;
import org.precis.server.http.PathGuard;
import org.precis.server.http.SecurityHeaders;
import org.precis.server.slides.DeepZoomRoutes;
import org.precis.server.slides.OpenSlides;
import org.precis.server.slides.SlideCatalogue;
import org.precis.server.slides.SlideRoutes;
import org.precis.slide.Slides;
import org.precis.slide.deepzoom.DeepZoomSettings;
import org.precis.slide.deepzoom.EncodedTiles;
import org.precis.slide.deepzoom.TileEncoder;
import org.precis.store.Store;

/**
 * The workstation's web server: the viewer's page and assets, the JSON API and the Deep Zoom
 * tiles, on one Javalin (Jetty) server. It owns the open slides; the store and the slide engine
 * are the caller's and outlive it.
 */
public final class PrecisServer implements AutoCloseable {
    private final Javalin app;
    private final OpenSlides openSlides;
    private final AnalysisRoutes analyses;

    private PrecisServer(Javalin app, OpenSlides openSlides, AnalysisRoutes analyses) {
        this.app = app;
        this.openSlides = openSlides;
        this.analyses = analyses;
    }

    public static PrecisServer start(
            ServerSettings settings, Store store, Slides engine, Clock clock, SecureRandom random) throws IOException {
        ObjectMapper json = JsonMappers.compact();
        SlideLibrary library = SlideLibrary.scan(settings.slideRoots());
        OpenSlides openSlides = new OpenSlides(engine, settings.openSlides());
        SlideCatalogue catalogue = new SlideCatalogue(library, openSlides);
        Sessions sessions = new Sessions(clock, random);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(json)));
            config.jetty.modifyServletContextHandler(handler -> {
                handler.setErrorHandler(new JettyErrors(json));
                handler.addFilter(new FilterHolder(new PathGuard(json)), "/*", EnumSet.of(DispatcherType.REQUEST));
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.roles = java.util.Set.of(Access.PUBLIC); // the page and its assets; the data needs a login
            });
        });
        SecurityHeaders.install(app);
        ErrorResponses.install(app);
        new Authentication(sessions, store.users()).install(app);
        new LoginRoutes(store.users(), sessions, new LoginThrottle(clock), store.audit(), json).install(app);
        new SlideRoutes(library, catalogue, openSlides).install(app);
        new DeepZoomRoutes(
                        library,
                        openSlides,
                        new EncodedTiles(TileEncoder.of(engine.codecs()), settings.tileCacheBytes()),
                        DeepZoomSettings.openSlideDefaults())
                .install(app);
        new CaseRoutes(store, catalogue, json).install(app);
        new AnnotationClassRoutes(settings.annotationClasses()).install(app);
        new ReportRoutes(store, library, engine, clock).install(app);
        AnalysisRoutes analyses = new AnalysisRoutes(
                store,
                new CaseWork(store.cases(), library, engine, ReportRoutes.SOFTWARE, json, settings.models()),
                json);
        analyses.install(app);
        try {
            app.start(settings.bindAddress(), settings.port());
        } catch (RuntimeException e) {
            analyses.close();
            openSlides.close();
            throw e;
        }
        return new PrecisServer(app, openSlides, analyses);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        analyses.close();
        openSlides.close();
    }
}
