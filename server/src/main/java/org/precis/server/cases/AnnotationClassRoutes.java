package org.precis.server.cases;

import io.javalin.Javalin;
import java.util.List;
import org.precis.server.auth.Access;

/** {@code GET /api/annotation-classes}: the classes the viewer offers for a drawn annotation, in order. */
public final class AnnotationClassRoutes {
    private final List<AnnotationClass> classes;

    public AnnotationClassRoutes(List<AnnotationClass> classes) {
        this.classes = List.copyOf(classes);
    }

    public void install(Javalin app) {
        app.get("/api/annotation-classes", ctx -> ctx.json(classes), Access.ANY_USER);
    }
}
