package org.precis.server.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.precis.casework.AnalysisKind;
import org.precis.casework.CaseWork;
import org.precis.cells.output.PixelRegion;
import org.precis.server.auth.Access;
import org.precis.server.auth.Authentication;
import org.precis.store.Store;
import org.precis.store.cases.CaseRecord;

/**
 * Analyses started from the viewer: {@code POST /api/cases/{case}/analyses} with {@code {"kind":
 * "qc"|"ki67"|"grade", "slideId": ..., "region": [x, y, width, height]}} (no region: the whole
 * slide) queues the analysis the command line's {@code cases analyse} runs, through the same case
 * work, and answers 202 with the job; {@code GET /api/jobs/{job}} says how far it has got and, once
 * done, the analysis recorded. A pathologist's request; what the case work would refuse (a slide
 * not on the case, the grade without the shipped encoders, a signed case) is refused before it is
 * queued. Each start and end is in the audit table.
 */
public final class AnalysisRoutes implements AutoCloseable {
    /** The analyses of a slide the viewer offers (those without a model file to choose). */
    static final Set<AnalysisKind> FROM_THE_VIEWER = Set.of(AnalysisKind.QC, AnalysisKind.KI67, AnalysisKind.GRADE);

    /** {@code POST /api/cases/{case}/analyses}. */
    public record RunRequest(String kind, String slideId, List<Long> region) {}

    private final Store store;
    private final CaseWork work;
    private final ObjectMapper json;
    private final AnalysisJobs jobs = new AnalysisJobs();

    /** @param work the case work analyses run through (with the shipped encoders, it runs the grade too) */
    public AnalysisRoutes(Store store, CaseWork work, ObjectMapper json) {
        this.store = store;
        this.work = work;
        this.json = json;
    }

    public void install(Javalin app) {
        app.post("/api/cases/{case}/analyses", this::start, Access.PATHOLOGIST);
        app.get("/api/jobs/{job}", this::job, Access.ANY_USER);
    }

    private void start(Context ctx) {
        String caseId = ctx.pathParam("case");
        CaseRecord record =
                store.cases().find(caseId).orElseThrow(() -> new NotFoundResponse("no case '" + caseId + "'"));
        RunRequest request = ctx.bodyAsClass(RunRequest.class);
        AnalysisKind kind = kind(request.kind());
        String slideId = request.slideId();
        // what the case work would refuse after a minute of work is refused now: 400, or 409 on a signed case
        work.requireRunnable(record.caseId(), kind, Optional.ofNullable(slideId), false);
        Optional<PixelRegion> region = region(request.region());
        String user = Authentication.user(ctx).name();
        AnalysisJob.Request asked = new AnalysisJob.Request(
                record.caseId(), kind.label(), slideId, request.region() == null ? List.of() : request.region(), user);
        AnalysisJob job = jobs.submit(
                        asked,
                        () -> work.analyse(record.caseId(), kind, Optional.of(slideId), region)
                                .id(),
                        this::audit)
                .orElseThrow(() -> new ServiceUnavailableResponse(AnalysisJobs.MAX_WAITING
                        + " analyses are already waiting or running: try again when one is done"));
        ObjectNode details = details(asked).put("job", job.id());
        store.audit().append(user, "analysis-requested", details);
        ctx.status(HttpStatus.ACCEPTED).json(job.view());
    }

    private void job(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("job"));
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("a job id is a number, not '" + ctx.pathParam("job") + "'");
        }
        ctx.json(jobs.find(id)
                .orElseThrow(() -> new NotFoundResponse("no job " + id))
                .view());
    }

    private void audit(AnalysisJob job) {
        AnalysisJob.View view = job.view();
        ObjectNode details = details(job.request()).put("job", job.id());
        if (view.analysisId() != null) {
            details.put("analysis", view.analysisId());
        } else {
            details.put("error", view.error());
        }
        store.audit()
                .append(
                        job.request().user(),
                        view.analysisId() != null ? "analysis-recorded" : "analysis-failed",
                        details);
    }

    private ObjectNode details(AnalysisJob.Request request) {
        ObjectNode details = json.createObjectNode()
                .put("case", request.caseId())
                .put("kind", request.kind())
                .put("slide", request.slideId());
        request.region().forEach(details.putArray("region")::add);
        return details;
    }

    private static AnalysisKind kind(String label) {
        AnalysisKind kind;
        try {
            kind = AnalysisKind.parse(label == null ? "" : label);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        if (!FROM_THE_VIEWER.contains(kind)) {
            throw new BadRequestResponse("the " + kind.label() + " analysis is run from the command line"
                    + " (precis cases analyse); the viewer runs qc, ki67 and grade");
        }
        return kind;
    }

    private static Optional<PixelRegion> region(List<Long> region) {
        if (region == null || region.isEmpty()) {
            return Optional.empty();
        }
        if (region.size() != 4 || region.contains(null)) {
            throw new BadRequestResponse("a region is [x, y, width, height] in level-0 pixels");
        }
        try {
            return Optional.of(new PixelRegion(region.get(0), region.get(1), region.get(2), region.get(3)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    @Override
    public void close() {
        jobs.close();
    }
}
